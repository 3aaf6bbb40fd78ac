package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backfill commands end to end on one reconciled generated set: dry runs and slices, the file
 * targets through promote and verify, idempotent reruns, and a reconcile of the written file.
 * Each test writes to its own target, so their ledgers never overlap.
 */
class BackfillCommandTests {

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
	void shouldWriteOnlyThePlanOnADryRun() throws IOException {
		// when
		CliRun run = fixture.cli("backfill", "--from", root.resolve("reconcile").toString(), "--target",
				"netsuite-csv", "--dry-run", "--out", this.out.toString());

		// then
		long batch = BackfillFixture.batchOf(run);
		assertThat(run.out()).contains("Dry run: nothing was claimed, staged or written to the target.");
		List<Map<String, String>> plan = BackfillFixture.csv(this.out.resolve("plan.csv"));
		assertThat(plan).hasSizeGreaterThan(40).allSatisfy((row) -> {
			assertThat(row.get("action")).isEqualTo("write");
			assertThat(row.get("target_record")).startsWith("NetSuite invoice BF-" + row.get("key") + ", External ID "
					+ row.get("key"));
			assertThat(row.get("reason")).isEqualTo("MISSING_IN_ERP in reconcile run " + fixture.run
					+ ": won deal not invoiced");
		});
		assertThat(this.out).isDirectoryNotContaining("glob:**/*import*").isDirectoryNotContaining("glob:**/staged-*");
		Long claimed = fixture.sql((jdbc) -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM ML_WRITE_LEDGER WHERE BATCH_ID = ?", Long.class, batch));
		assertThat(claimed).isZero();
		CliRun promote = fixture.cli("promote", "--batch", Long.toString(batch));
		assertThat(promote.exitCode()).isEqualTo(2);
		assertThat(promote.err()).contains("Batch " + batch + " is a dry run: it planned but staged nothing.");
	}

	@Test
	void shouldNestTheTenPercentSliceInTheFiftyPercentSliceInTheWholeSet() throws IOException {
		// when
		List<String> ten = dryRunKeys("10%");
		List<String> fifty = dryRunKeys("50%");
		List<String> all = dryRunKeys("100%");

		// then
		assertThat(ten).isNotEmpty().hasSizeLessThan(fifty.size());
		assertThat(fifty).hasSizeLessThan(all.size());
		assertThat(new HashSet<>(fifty)).containsAll(ten);
		assertThat(new HashSet<>(all)).containsAll(fifty);
		assertThat(dryRunKeys("10%")).isEqualTo(ten);
	}

	@Test
	void shouldPublishOnceVerifyCleanAndReconcileWithNoMissingInvoiceLeft() throws IOException {
		// given
		Path published = this.out.resolve("netsuite-import.csv");
		String[] backfill = { "backfill", "--from", Long.toString(fixture.run), "--target", "netsuite-csv",
				"--target-url", published.toString(), "--chunk", "7", "--out", this.out.resolve("b1").toString() };

		// when
		long batch = BackfillFixture.batchOf(fixture.cli(backfill));
		CliRun promote = fixture.cli("promote", "--batch", Long.toString(batch));
		CliRun verify = fixture.cli("verify", "--batch", Long.toString(batch));
		CliRun promoteAgain = fixture.cli("promote", "--batch", Long.toString(batch));
		backfill[backfill.length - 1] = this.out.resolve("b2").toString();
		CliRun rerun = fixture.cli(backfill);

		// then
		List<String> planned = BackfillFixture.keys(this.out.resolve("b1/plan.csv"), "write");
		assertThat(promote.exitCode()).as(promote.err()).isZero();
		assertThat(promote.out()).contains(planned.size() + " records added.");
		assertThat(verify.exitCode()).as(verify.out()).isZero();
		assertThat(verify.out()).contains(planned.size() + " keys checked", ", 0 residuals.");
		assertThat(promoteAgain.out()).contains("0 records added, the others were there already.");
		List<String> written = BackfillFixture.csv(published).stream().map((r) -> r.get("External ID")).toList();
		assertThat(written).hasSameSizeAs(planned).containsExactlyInAnyOrderElementsOf(planned);
		long empty = BackfillFixture.batchOf(rerun);
		assertThat(empty).isGreaterThan(batch);
		assertThat(rerun.out()).contains(": 0 records planned, " + planned.size() + " deals left out");
		CliRun promoteEmpty = fixture.cli("promote", "--batch", Long.toString(empty));
		assertThat(promoteEmpty.exitCode()).as(promoteEmpty.err()).isZero();
		assertThat(promoteEmpty.out()).contains("(0 records, totals per currency as planned)", ": 0 records added.");
		assertThat(BackfillFixture.csv(this.out.resolve("b2/plan.csv")))
			.allSatisfy((row) -> assertThat(row.get("reason")).endsWith("already written to netsuite-csv by batch " + batch));

		// when the written file is imported and the same deals reconciled again
		Path erp = this.out.resolve("erp-after-import.csv");
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(fixture.data.resolve("erp.csv")));
		lines.addAll(Files.readAllLines(published).subList(1, planned.size() + 1));
		Files.write(erp, lines);
		CliRun again = fixture.cli("reconcile", "--crm", fixture.data.resolve("crm.csv").toString(), "--crm-format",
				"salesforce", "--erp", erp.toString(), "--erp-format", "netsuite", "--crosswalk",
				fixture.data.resolve("crosswalk.csv").toString(), "--out", this.out.resolve("r2").toString(),
				"--progress", "never");

		// then none of the written deals is missing, nor gets any other finding
		assertThat(again.exitCode()).as(again.err()).isZero();
		List<Map<String, String>> findings = BackfillFixture.csv(this.out.resolve("r2/discrepancies.csv"));
		assertThat(findings).noneMatch((f) -> planned.contains(f.get("crm_id")));
		assertThat(findings).noneMatch((f) -> "MISSING_IN_ERP".equals(f.get("finding")));
	}

	@Test
	void shouldPublishNothingWhenTheWriteLedgerLostAClaimOfTheBatch() throws IOException {
		// given a staged batch, one of whose claims is no longer in the ledger
		long batch = BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"quickbooks-csv", "--out", this.out.toString()));
		List<String> planned = BackfillFixture.keys(this.out.resolve("plan.csv"), "write");
		fixture.sql((jdbc) -> jdbc.update("DELETE FROM ML_WRITE_LEDGER WHERE TARGET = 'quickbooks-csv' "
				+ "AND IDEMPOTENCY_KEY = ?", planned.get(planned.size() / 2)));

		// when
		CliRun promote = fixture.cli("promote", "--batch", Long.toString(batch));

		// then
		assertThat(promote.exitCode()).isEqualTo(3);
		assertThat(promote.err()).contains("the write ledger holds " + (planned.size() - 1)
				+ " keys of the batch but the plan has " + planned.size());
		assertThat(this.out).isDirectoryNotContaining("glob:**/*import*");
	}

	@Test
	void shouldBackfillAQuickBooksImportThatItsContractReadsBack() throws IOException {
		// given: the committed HubSpot and QuickBooks sample
		Path samples = Path.of("..", "samples", "hubspot-quickbooks").toAbsolutePath().normalize();
		CliRun reconcile = fixture.cli("reconcile", "--crm", samples.resolve("crm.csv").toString(), "--crm-format",
				"hubspot", "--erp", samples.resolve("erp.csv").toString(), "--erp-format", "quickbooks", "--crosswalk",
				samples.resolve("crosswalk.csv").toString(), "--out", this.out.resolve("r1").toString(), "--progress",
				"never");
		assertThat(reconcile.exitCode()).as(reconcile.err()).isZero();

		// when
		long batch = BackfillFixture.batchOf(fixture.cli("backfill", "--from", this.out.resolve("r1").toString(),
				"--target", "quickbooks-csv", "--out", this.out.resolve("b").toString()));
		CliRun promote = fixture.cli("promote", "--batch", Long.toString(batch));
		CliRun verify = fixture.cli("verify", "--batch", Long.toString(batch));

		// then
		assertThat(promote.exitCode()).as(promote.err()).isZero();
		assertThat(verify.exitCode()).as(verify.out()).isZero();
		List<Map<String, String>> rows = BackfillFixture.csv(this.out.resolve("b/quickbooks-csv-import.csv"));
		assertThat(rows).hasSize(2).allSatisfy((row) -> {
			assertThat(row.get("Memo")).matches("CRM:\\d+");
			assertThat(row.get("InvoiceNo")).isEqualTo("BF-" + row.get("Memo").substring(4));
		});
	}

	private List<String> dryRunKeys(String sample) throws IOException {
		Path folder = this.out.resolve("slice-" + sample.replace("%", ""));
		BackfillFixture.batchOf(fixture.cli("backfill", "--from", Long.toString(fixture.run), "--target",
				"netsuite-csv", "--dry-run", "--sample", sample, "--out", folder.toString()));
		return BackfillFixture.keys(folder.resolve("plan.csv"), "write");
	}

}
