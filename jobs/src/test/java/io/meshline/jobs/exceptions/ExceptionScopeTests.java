package io.meshline.jobs.exceptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.cli.CliRun;
import io.meshline.writers.output.RoutingFile;

import static io.meshline.jobs.exceptions.Nights.NIGHT_1;
import static io.meshline.jobs.exceptions.Nights.NIGHT_2;
import static io.meshline.jobs.exceptions.Nights.NIGHT_3;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run resolves only what it could have seen: not exceptions outside its window, not exceptions
 * found through other contracts; and running its step again changes nothing.
 */
class ExceptionScopeTests {

	@TempDir
	Path home;

	@TempDir
	Path work;

	@Test
	void shouldResolveOnlyWhatARunCouldSeeAndChangeNothingWhenItsStepRunsAgain() throws IOException {
		// given: night 1 finds D-2 (closed 2026-10-05) and D-3 (closed 2026-10-28) not invoiced
		Nights nights = new Nights(this.home, this.work);
		nights.reconcile(NIGHT_1, "erp-night1.csv");

		// when: a 7-day window up to 2026-10-31 sees only D-3, now invoiced
		nights.reconcile(NIGHT_2, "erp-d3-invoiced.csv", "--as-of", "2026-10-31", "--window-days", "7");

		// then: D-3 is resolved, D-2 (outside the window, so not looked at) stays NEW
		assertThat(StoredExceptions.find(this.home, "MISSING_IN_ERP:D-3").status()).isEqualTo(ExceptionStatus.RESOLVED);
		assertThat(StoredExceptions.find(this.home, "MISSING_IN_ERP:D-2").status()).isEqualTo(ExceptionStatus.NEW);

		// when: D-2 is invoiced, but the run reads the CRM export through another contract
		Path contract = this.work.resolve("my-generic-crm.yaml");
		Files.writeString(contract, CliRun.run(this.home, "contract", "show", "generic-crm").out());
		nights.reconcile(NIGHT_3, "erp-night3.csv", "--crm-contract", contract.toString());

		// then: that run could not tell D-2's exception from another source's: it stays open
		assertThat(StoredExceptions.find(this.home, "MISSING_IN_ERP:D-2").status()).isEqualTo(ExceptionStatus.NEW);

		// when: the step of each run is run again, newest first (a rerun, then an older run's restart)
		long eventsBefore = StoredExceptions.count(this.home, "SELECT COUNT(*) FROM ML_EXCEPTION_EVENT");
		List<TrackedException> before = all();
		List<Long> runs = StoredExceptions.with(this.home,
				(jdbc) -> jdbc.queryForList("SELECT RUN_ID FROM ML_EXCEPTION_RUN ORDER BY RUN_ID DESC", Long.class));
		for (long run : runs) {
			rerun(run);
		}

		// then
		assertThat(runs).hasSize(3);
		assertThat(StoredExceptions.count(this.home, "SELECT COUNT(*) FROM ML_EXCEPTION_EVENT")).isEqualTo(eventsBefore);
		assertThat(all()).isEqualTo(before);
	}

	private List<TrackedException> all() {
		return StoredExceptions.with(this.home,
				(jdbc) -> jdbc.query("SELECT * FROM ML_EXCEPTION ORDER BY EXCEPTION_KEY", ExceptionRows::map));
	}

	/** The step's work for {@code run} again, in the scope the run stored, at a later time. */
	private void rerun(long run) {
		StoredExceptions.with(this.home, (jdbc) -> {
			ExceptionStore store = StoredExceptions.store(this.home, jdbc);
			EnumSet<FindingType> checked = EnumSet.complementOf(EnumSet.of(FindingType.CUSTOMER_MISMATCH,
					FindingType.POLICY_VIOLATION, FindingType.DRIFT));
			RunScope scope = jdbc.queryForObject("SELECT * FROM ML_EXCEPTION_RUN WHERE RUN_ID = ?",
					(rs, n) -> new RunScope(rs.getString("SOURCE"), rs.getObject("WINDOW_FROM", LocalDate.class),
							rs.getObject("WINDOW_TO", LocalDate.class), checked),
					run);
			try {
				UpdateExceptionsTasklet tasklet = new UpdateExceptionsTasklet(jdbc, store, RoutingFile.routing(null),
						scope, run, Clock.fixed(NIGHT_3.plusSeconds(3600), ZoneId.of("UTC")));
				while (!tasklet.next().last()) {
					// every slice
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return null;
		});
	}

}
