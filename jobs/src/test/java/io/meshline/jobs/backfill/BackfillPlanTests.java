package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a batch plans when {@code --max-writes} caps it, and the promotion gate of a file target:
 * a staged file that is not the plan, row for row, publishes nothing. Each test reconciles its own
 * set, so their ledgers never overlap.
 */
class BackfillPlanTests {

	@TempDir
	Path root;

	@Test
	void shouldClaimOnlyTheFirstKeysInKeyOrderUpToMaxWrites() throws IOException {
		// given
		BackfillFixture fixture = BackfillFixture.reconciled(this.root);

		// when
		long first = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"netsuite-csv", "--max-writes", "10", "--chunk", "3", "--out", this.root.resolve("b1").toString()));
		CliRun rest = fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target", "netsuite-csv",
				"--chunk", "4", "--out", this.root.resolve("b2").toString());

		// then
		List<Map<String, String>> plan = BackfillFixture.csv(this.root.resolve("b1/plan.csv"));
		List<String> keys = plan.stream().map((row) -> row.get("key")).toList();
		assertThat(plan).hasSizeGreaterThan(40);
		List<String> stored = fixture.sql((jdbc) -> jdbc.queryForList(
				"SELECT DEAL_ID FROM ML_BACKFILL_PLAN WHERE BATCH_ID = ? ORDER BY DEAL_ID", String.class, first));
		assertThat(keys).doesNotHaveDuplicates().isEqualTo(stored);
		assertThat(plan.subList(0, 10)).allSatisfy((row) -> assertThat(row.get("action")).isEqualTo("write"));
		assertThat(plan.subList(10, plan.size())).allSatisfy((row) -> {
			assertThat(row.get("action")).isEqualTo("skip");
			assertThat(row.get("reason")).endsWith("; left out: beyond --max-writes 10");
		});
		List<String> written = keys.subList(0, 10);
		List<String> claimed = fixture.sql((jdbc) -> jdbc.queryForList(
				"SELECT IDEMPOTENCY_KEY FROM ML_WRITE_LEDGER WHERE BATCH_ID = ?", String.class,
				first));
		assertThat(claimed).containsExactlyInAnyOrderElementsOf(written);
		assertThat(BackfillFixture.keys(this.root.resolve("b1/plan.csv"), "write")).isEqualTo(written);
		assertThat(BackfillFixture.csv(this.root.resolve("b1/staged-" + first + ".csv")).stream()
			.map((row) -> row.get("External ID"))).containsExactlyElementsOf(written);
		long second = BackfillFixture.batchOf(rest);
		assertThat(rest.out()).contains(": " + (keys.size() - 10) + " records planned, 10 deals left out");
		assertThat(BackfillFixture.keys(this.root.resolve("b2/plan.csv"), "skip")).isEqualTo(written);
		assertThat(BackfillFixture.csv(this.root.resolve("b2/plan.csv")))
			.filteredOn((row) -> "skip".equals(row.get("action")))
			.allSatisfy((row) -> assertThat(row.get("reason"))
				.endsWith("; left out: claimed by batch " + first + " (STAGED), not yet promoted"));
		Long claimedBySecond = fixture.sql((jdbc) -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM ML_WRITE_LEDGER WHERE BATCH_ID = ?", Long.class, second));
		assertThat(claimedBySecond).isEqualTo(keys.size() - 10L);
	}

	@Test
	void shouldPublishNothingWhenTheStagedFileIsNotThePlanRowForRow() throws IOException {
		// given a staged batch whose staged file was changed after staging: two records swapped
		BackfillFixture fixture = BackfillFixture.reconciled(this.root);
		Path out = this.root.resolve("b");
		long batch = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"netsuite-csv", "--chunk", "5", "--out", out.toString()));
		Path staged = out.resolve("staged-" + batch + ".csv");
		List<String> original = Files.readAllLines(staged);
		List<String> swapped = new ArrayList<>(original);
		swapped.set(3, original.get(4));
		swapped.set(4, original.get(3));
		Files.write(staged, swapped);
		List<String> planned = BackfillFixture.keys(out.resolve("plan.csv"), "write");

		// when
		CliRun refused = fixture.cli("promote", "--batch", Long.toString(batch));

		// then
		assertThat(refused.exitCode()).isEqualTo(3);
		assertThat(refused.err()).contains("The gate failed: the staged keys are not the plan's: staged record 3 has key "
				+ planned.get(3) + " where the plan has " + planned.get(2));
		assertThat(out.resolve("netsuite-csv-import.csv")).doesNotExist();
		assertThat(out).isDirectoryNotContaining("glob:**/*.publishing");
		String status = fixture.sql((jdbc) -> jdbc.queryForObject(
				"SELECT STATUS FROM ML_BACKFILL_BATCH WHERE BATCH_ID = ?", String.class, batch));
		assertThat(status).isEqualTo("GATE_FAILED");

		// when the staged file is put back
		Files.write(staged, original);
		CliRun promote = fixture.cli("promote", "--batch", Long.toString(batch));

		// then
		assertThat(promote.exitCode()).as(promote.err()).isZero();
		assertThat(BackfillFixture.csv(out.resolve("netsuite-csv-import.csv")).stream()
			.map((row) -> row.get("External ID"))).containsExactlyElementsOf(planned);
	}

}
