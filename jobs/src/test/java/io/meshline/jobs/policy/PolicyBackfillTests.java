package io.meshline.jobs.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.reconcile.CsvRows;
import io.meshline.jobs.reconcile.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backfill of a run reconciled with the sample policy: of the two deals missing in the ERP,
 * D-000039 is blocked (account on credit hold) and D-000002 held (discount above 10%). Nothing is
 * written until D-000002 is approved; the next batch then plans it and promotion writes it, and
 * D-000039 is never written.
 */
class PolicyBackfillTests {

	@TempDir
	Path home;

	@TempDir
	Path out;

	@Test
	void shouldNeverWriteABlockedDealAndHoldAnUnapprovedOneUntilApproved() throws IOException {
		// given
		CliRun reconcile = CliRun.run(this.home, SampleSet.GENERIC.reconcileArgs(this.out.resolve("run"), "--policy",
				PolicyFixture.POLICY.toString(), "--pricebook", PolicyFixture.PRICEBOOK.toString()));
		assertThat(reconcile.exitCode()).as(reconcile.err()).isZero();
		Path published = this.out.resolve("netsuite-import.csv");
		String run = this.out.resolve("run").toString();

		// when
		CliRun first = backfill(run, published, "b1");
		// then
		assertThat(first.out()).contains(": 0 records planned, 2 deals left out");
		Map<String, Map<String, String>> plan = plan("b1");
		assertThat(plan.get("D-000039")).containsEntry("action", "skip");
		assertThat(plan.get("D-000039").get("reason"))
			.endsWith("; left out: blocked by policy (rule credit-hold: account A-00010 is on credit hold)");
		assertThat(plan.get("D-000002")).containsEntry("action", "skip");
		assertThat(plan.get("D-000002").get("reason")).endsWith("; left out: held: needs approval (rule "
				+ "discount-over-10-percent: discount 15.33% of list price 90000.00 EUR is above 10%)");

		// when
		CliRun blocked = CliRun.run(this.home, "exceptions", "approve", "POLICY_VIOLATION:D-000039", "--actor", "alice");
		CliRun approve = CliRun.run(this.home, "exceptions", "approve", "POLICY_VIOLATION:D-000002", "--actor", "alice",
				"--note", "CFO ok");
		CliRun again = CliRun.run(this.home, "exceptions", "approve", "POLICY_VIOLATION:D-000002", "--actor", "bob");
		CliRun second = backfill(run, published, "b2");
		long batch = Long.parseLong(second.out().replaceAll("(?s).*Batch (\\d+) from.*", "$1"));
		CliRun promote = CliRun.run(this.home, "promote", "--batch", Long.toString(batch));
		// then
		assertThat(blocked.exitCode()).isEqualTo(2);
		assertThat(blocked.err()).contains("Deal D-000039 is blocked by policy rule credit-hold in reconcile run ",
				"; a blocked deal cannot be approved, only a changed policy frees it.");
		assertThat(approve.exitCode()).as(approve.err()).isZero();
		assertThat(approve.out()).contains("Exception POLICY_VIOLATION:D-000002 approved by alice; it is APPROVED.");
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(exceptionStatus("POLICY_VIOLATION:D-000039")).isNotEqualTo("APPROVED");
		assertThat(second.out()).contains(": 1 records planned, 1 deals left out");
		assertThat(plan("b2").get("D-000002")).containsEntry("action", "write");
		assertThat(plan("b2").get("D-000002").get("reason")).contains("; policy hold approved by alice on ");
		assertThat(plan("b2").get("D-000039")).containsEntry("action", "skip");
		assertThat(promote.exitCode()).as(promote.err()).isZero();
		List<String> written = CsvRows.read(published).stream().map((r) -> r.get("External ID")).toList();
		assertThat(written).containsExactly("D-000002");
		List<List<String>> approvals = PolicyFixture.sql(this.home,
				(jdbc) -> jdbc.query("SELECT DEAL_ID, ACTOR, NOTE FROM ML_POLICY_APPROVAL",
						(rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))));
		assertThat(approvals).containsExactly(List.of("D-000002", "alice", "CFO ok"));
	}

	private String exceptionStatus(String key) {
		return PolicyFixture.sql(this.home, (jdbc) -> jdbc.queryForObject(
				"SELECT STATUS FROM ML_EXCEPTION WHERE EXCEPTION_KEY = ?", String.class, key));
	}

	private CliRun backfill(String run, Path published, String folder) {
		CliRun backfill = CliRun.run(this.home, "backfill", "--from", run, "--target", "netsuite-csv", "--target-url",
				published.toString(), "--out", this.out.resolve(folder).toString());
		assertThat(backfill.exitCode()).as(backfill.err()).isZero();
		return backfill;
	}

	private Map<String, Map<String, String>> plan(String folder) throws IOException {
		Map<String, Map<String, String>> byKey = new java.util.TreeMap<>();
		CsvRows.read(this.out.resolve(folder).resolve("plan.csv")).forEach((row) -> byKey.put(row.get("key"), row));
		return byKey;
	}

}
