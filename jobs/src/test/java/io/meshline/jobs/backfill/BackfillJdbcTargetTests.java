package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The jdbc target on HSQLDB and PostgreSQL, the promotion gate, and the circuit breaker on a
 * target that does not answer. Each test writes to its own database, so their ledgers never overlap.
 */
class BackfillJdbcTargetTests {

	static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	@TempDir
	static Path root;

	static BackfillFixture fixture;

	@TempDir
	Path out;

	@BeforeAll
	static void reconcile() throws IOException {
		fixture = BackfillFixture.reconciled(root);
	}

	@Test
	void shouldWriteEveryPlannedKeyOnceToAnHsqldbIntegrationTable() throws IOException {
		// given
		String url = "jdbc:hsqldb:file:" + this.out.resolve("erp/erp") + ";shutdown=true";

		// when
		List<String> planned = backfillPromoteAndVerify(url);

		// then
		List<String> keys = BackfillFixture.onDatabase(url, "SA",
				(jdbc) -> jdbc.queryForList("SELECT IDEMPOTENCY_KEY FROM ERP_INVOICE_IMPORT", String.class));
		assertThat(keys).containsExactlyInAnyOrderElementsOf(planned);
	}

	@Test
	void shouldWriteEveryPlannedKeyOnceToAPostgresqlIntegrationTable() throws IOException {
		// given: a schema of its own in the machine's PostgreSQL, when one answers
		assumeTrue(postgresAnswers(), "PostgreSQL does not answer at " + POSTGRES
				+ " (user postgres); the PostgreSQL target test is skipped. Start one to run it.");
		String schema = "meshline_backfill_" + System.nanoTime();
		BackfillFixture.onDatabase(POSTGRES, "postgres", (jdbc) -> {
			jdbc.execute("CREATE SCHEMA " + schema);
			return null;
		});
		String url = POSTGRES + "?user=postgres&currentSchema=" + schema;
		try {
			// when
			List<String> planned = backfillPromoteAndVerify(url);

			// then
			List<String> keys = BackfillFixture.onDatabase(url, "postgres",
					(jdbc) -> jdbc.queryForList("SELECT IDEMPOTENCY_KEY FROM ERP_INVOICE_IMPORT", String.class));
			assertThat(keys).containsExactlyInAnyOrderElementsOf(planned);
		}
		finally {
			BackfillFixture.onDatabase(POSTGRES, "postgres", (jdbc) -> {
				jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
				return null;
			});
		}
	}

	@Test
	void shouldWriteNoKeyTwiceWhenBatchesOverlap() throws IOException {
		// given a 10% batch staged but not yet promoted
		String url = "jdbc:hsqldb:file:" + this.out.resolve("erp/erp") + ";shutdown=true";
		long slice = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"jdbc", "--target-url", url, "--sample", "10%", "--out", this.out.resolve("b10").toString()));

		// when the whole set is backfilled to the same target, and both are promoted
		long all = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"jdbc", "--target-url", url, "--out", this.out.resolve("b100").toString()));
		CliRun promoteAll = fixture.cli("promote", "--batch", Long.toString(all));
		CliRun promoteSlice = fixture.cli("promote", "--batch", Long.toString(slice));

		// then the larger batch left the slice's keys to it, and every key landed once
		List<String> sliceKeys = BackfillFixture.keys(this.out.resolve("b10/plan.csv"), "write");
		List<String> skipped = BackfillFixture.keys(this.out.resolve("b100/plan.csv"), "skip");
		List<String> rest = BackfillFixture.keys(this.out.resolve("b100/plan.csv"), "write");
		assertThat(sliceKeys).isNotEmpty();
		assertThat(skipped).containsExactlyElementsOf(sliceKeys);
		assertThat(BackfillFixture.csv(this.out.resolve("b100/plan.csv")))
			.filteredOn((row) -> "skip".equals(row.get("action")))
			.allSatisfy((row) -> assertThat(row.get("reason"))
				.endsWith("left out: claimed by batch " + slice + " (STAGED), not yet promoted"));
		assertThat(promoteAll.exitCode()).as(promoteAll.err()).isZero();
		assertThat(promoteSlice.exitCode()).as(promoteSlice.err()).isZero();
		List<String> keys = BackfillFixture.onDatabase(url, "SA",
				(jdbc) -> jdbc.queryForList("SELECT IDEMPOTENCY_KEY FROM ERP_INVOICE_IMPORT", String.class));
		assertThat(keys).hasSize(sliceKeys.size() + rest.size()).containsAll(sliceKeys).containsAll(rest);
		assertThat(fixture.cli("verify", "--batch", Long.toString(slice)).exitCode()).isZero();
		assertThat(fixture.cli("verify", "--batch", Long.toString(all)).exitCode()).isZero();
	}

	@Test
	void shouldPublishNothingWhenTheStagedTotalsDifferFromThePlan() throws IOException {
		// given a staged batch whose staging table was changed after staging
		String url = "jdbc:hsqldb:file:" + this.out.resolve("erp/erp") + ";shutdown=true";
		long batch = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"jdbc", "--target-url", url, "--out", this.out.resolve("b").toString()));
		String currency = BackfillFixture.onDatabase(url, "SA", (jdbc) -> {
			String key = jdbc.queryForObject("SELECT MIN(IDEMPOTENCY_KEY) FROM ERP_INVOICE_IMPORT_STAGE", String.class);
			jdbc.update("UPDATE ERP_INVOICE_IMPORT_STAGE SET AMOUNT = AMOUNT + 1 WHERE IDEMPOTENCY_KEY = ?", key);
			return jdbc.queryForObject("SELECT CURRENCY FROM ERP_INVOICE_IMPORT_STAGE WHERE IDEMPOTENCY_KEY = ?",
					String.class, key);
		});

		// when
		CliRun promote = fixture.cli("promote", "--batch", Long.toString(batch));

		// then
		assertThat(promote.exitCode()).isEqualTo(3);
		assertThat(promote.err()).contains("meshline: batch " + batch + " was not promoted; nothing was published to "
				+ "ERP_INVOICE_IMPORT at jdbc:hsqldb:file:", "The gate failed: " + currency.trim() + " staged ");
		Long published = BackfillFixture.onDatabase(url, "SA",
				(jdbc) -> jdbc.queryForObject("SELECT COUNT(*) FROM ERP_INVOICE_IMPORT", Long.class));
		assertThat(published).isZero();
		String status = fixture.sql((jdbc) -> jdbc.queryForObject(
				"SELECT STATUS FROM ML_BACKFILL_BATCH WHERE BATCH_ID = ?", String.class, batch));
		assertThat(status).isEqualTo("GATE_FAILED");
	}

	@Test
	void shouldStopFailedAndRestartableWhenTheTargetKeepsFailing() {
		// given a target nothing listens on, and quick retries
		String url = "jdbc:postgresql://127.0.0.1:1/test?user=postgres&connectTimeout=2";
		System.setProperty("meshline.backfill.breaker.failures", "3");
		System.setProperty("meshline.backfill.retry.initial-delay-ms", "1");
		try {
			String[] backfill = { "backfill", "--from", Long.toString(fixture.run), "--target", "jdbc",
					"--target-url", url, "--out", this.out.toString() };

			// when
			CliRun first = fixture.cli(backfill);
			CliRun second = fixture.cli(backfill);
			String execution = second.err().replaceAll("(?s).*\\(execution (\\d+)\\).*", "$1");
			CliRun restart = fixture.cli("jobs", "restart", execution);

			// then
			assertThat(first.exitCode()).isEqualTo(1);
			assertThat(first.err()).contains("The target ERP_INVOICE_IMPORT at jdbc:postgresql://127.0.0.1:1/test "
					+ "failed 3 times in a row; stopping the batch. Last error: ", "Once the target is back, run the "
							+ "same command again to resume.");
			assertThat(second.exitCode()).isEqualTo(1);
			assertThat(second.err()).contains("Resuming batch ", "failed 3 times in a row");
			assertThat(restart.exitCode()).isEqualTo(1);
			assertThat(restart.err()).contains("Resuming batch ", "(previous execution " + execution + ", FAILED)",
					"failed 3 times in a row");
		}
		finally {
			System.clearProperty("meshline.backfill.breaker.failures");
			System.clearProperty("meshline.backfill.retry.initial-delay-ms");
		}
	}

	private List<String> backfillPromoteAndVerify(String url) throws IOException {
		long batch = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"jdbc", "--target-url", url, "--chunk", "9", "--out", this.out.resolve("b").toString()));
		CliRun promote = fixture.cli("promote", "--batch", Long.toString(batch));
		CliRun verify = fixture.cli("verify", "--batch", Long.toString(batch));
		List<String> planned = BackfillFixture.keys(this.out.resolve("b/plan.csv"), "write");
		assertThat(planned).hasSizeGreaterThan(40);
		assertThat(promote.exitCode()).as(promote.err()).isZero();
		assertThat(promote.out()).contains(planned.size() + " records added.");
		assertThat(verify.exitCode()).as(verify.out()).isZero();
		assertThat(verify.out()).contains(planned.size() + " keys checked", ", 0 residuals.");
		return planned;
	}

	private static boolean postgresAnswers() {
		DriverManager.setLoginTimeout(3);
		try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
			return connection.isValid(3);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
