package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which deals a batch plans: the run's {@code MISSING_IN_ERP} deals and no other, whether the run
 * marked its deal rows (this version) or stored them unmarked (an earlier version, read through the
 * findings).
 */
class BackfillCandidatesTests {

	@TempDir
	Path root;

	@Test
	void shouldPlanExactlyTheMissingDealsFromMarkedAndFromUnmarkedDealRows() throws IOException {
		// given a run with findings of every kind, some of whose deals are stored for their money at risk
		BackfillFixture fixture = BackfillFixture.reconciledWithEveryFault(this.root, 800);
		List<String> missing = fixture.sql((jdbc) -> jdbc.queryForList("SELECT CRM_ID FROM ML_FINDING "
				+ "WHERE RUN_ID = ? AND FINDING = 'MISSING_IN_ERP' ORDER BY CRM_ID", String.class, fixture.run));
		Long storedForRiskOnly = fixture.sql((jdbc) -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM ML_CRM_DEAL WHERE RUN_ID = ? AND MISSING_IN_ERP = FALSE", Long.class, fixture.run));
		assertThat(missing).hasSizeGreaterThan(10);
		assertThat(storedForRiskOnly).isPositive();

		// when planned from the marked rows, then from the same rows unmarked as an earlier version stored them
		Path marked = plan(fixture, "marked");
		fixture.sql((jdbc) -> jdbc.update("UPDATE ML_CRM_DEAL SET MISSING_IN_ERP = NULL WHERE RUN_ID = ?",
				fixture.run));
		Path unmarked = plan(fixture, "unmarked");

		// then both plans write the missing deals, each once, and are the same file
		assertThat(BackfillFixture.keys(marked, "write")).isEqualTo(missing);
		assertThat(BackfillFixture.keys(marked, "skip")).isEmpty();
		assertThat(Files.readAllLines(unmarked)).isEqualTo(Files.readAllLines(marked));
	}

	private Path plan(BackfillFixture fixture, String name) {
		Path out = this.root.resolve(name);
		CliRun dryRun = fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target", "netsuite-csv",
				"--dry-run", "--chunk", "7", "--out", out.toString());
		assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
		return out.resolve("plan.csv");
	}

}
