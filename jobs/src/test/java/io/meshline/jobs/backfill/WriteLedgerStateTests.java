package io.meshline.jobs.backfill;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A key's state is the further of its ledger row's and its batch's. */
class WriteLedgerStateTests {

	@ParameterizedTest(name = "row {0}, batch {1}: {2}")
	@CsvSource(nullValues = "null", value = { "PLANNED, PLANNED, PLANNED", "PLANNED, DRY_RUN, PLANNED",
			"PLANNED, STAGED, STAGED", "PLANNED, GATE_FAILED, STAGED", "PLANNED, PROMOTED, WRITTEN",
			"STAGED, PLANNED, STAGED", "STAGED, PROMOTED, WRITTEN", "WRITTEN, STAGED, WRITTEN",
			"WRITTEN, null, WRITTEN", "PLANNED, null, PLANNED" })
	void shouldTakeTheFurtherOfTheRowAndTheBatch(String row, String batch, String expected) {
		// when
		String state = WriteLedger.state(row, batch);

		// then
		assertThat(state).isEqualTo(expected);
	}

}
