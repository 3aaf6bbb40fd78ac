package io.meshline.jobs.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.reconcile.CsvRows;
import io.meshline.jobs.reconcile.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code reconcile --policy --pricebook} on the generic sample set, on the embedded database: one
 * {@code POLICY_VIOLATION} per deal that breaks a rule, routed to finance-approval, the decisions
 * stored per rule, and every other figure as without a policy.
 */
class PolicyReconcileTests {

	@TempDir
	Path home;

	@TempDir
	Path out;

	@Test
	void shouldAddOnePolicyFindingPerDealAndChangeNothingElse() throws IOException {
		// given
		SampleSet set = SampleSet.GENERIC;
		// when
		CliRun run = CliRun.run(this.home, set.reconcileArgs(this.out.resolve("policy"), "--policy",
				PolicyFixture.POLICY.toString(), "--pricebook", PolicyFixture.PRICEBOOK.toString()));
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("  Policy: " + PolicyFixture.POLICY + " version 2026.11",
				"POLICY_VIOLATION 7");
		List<Map<String, String>> rows = CsvRows.read(this.out.resolve("policy/discrepancies.csv"));
		assertThat(rows.stream().filter((r) -> !r.get("finding").equals("POLICY_VIOLATION")).toList())
			.isEqualTo(CsvRows.read(set.dir().resolve("expected-discrepancies.csv")));
		List<Map<String, String>> policy = rows.stream().filter((r) -> r.get("finding").equals("POLICY_VIOLATION"))
			.toList();
		assertThat(policy).extracting((r) -> r.get("crm_id"), (r) -> r.get("queue"), (r) -> r.get("currency"),
				(r) -> r.get("crm_amount"))
			.containsExactly(tuple("D-000002", "finance-approval", "EUR", "76200.00"),
					tuple("D-000009", "finance-approval", "GBP", "118300.00"),
					tuple("D-000015", "finance-approval", "USD", "66800.00"),
					tuple("D-000030", "finance-approval", "GBP", "112250.00"),
					tuple("D-000033", "finance-approval", "GBP", "86150.00"),
					tuple("D-000035", "finance-approval", "GBP", "60000.00"),
					tuple("D-000039", "finance-approval", "EUR", "109550.00"));
		assertThat(policy.get(6).get("detail")).isEqualTo("Policy 2026.11 blocks deal D-000039: credit-hold (BLOCK): "
				+ "account A-00010 is on credit hold; large-deal (REQUIRE_APPROVAL): amount 109550.00 EUR is above the "
				+ "approval threshold; large-pilot (WARN): pilot of 109550.00 EUR.");
		assertThat(policy.get(0).get("detail")).isEqualTo("Policy 2026.11 holds for approval deal D-000002: "
				+ "discount-over-10-percent (REQUIRE_APPROVAL): discount 15.33% of list price 90000.00 EUR is above 10%.");
		JsonNode after = summary("policy");
		// the figures of the same set without a policy (samples/README.md): 22 won deals, 10 with a finding
		assertThat(after.path("deals_in_scope").asLong()).isEqualTo(22);
		assertThat(after.path("matched_deals").asLong()).isEqualTo(12);
		assertThat(after.path("revenue_at_risk").toString())
			.isEqualTo("{\"EUR\":\"185750.00\",\"GBP\":\"81530.00\",\"JPY\":\"3146506\",\"USD\":\"66800.00\"}");
		assertThat(after.path("over_billed").toString()).isEqualTo("{\"GBP\":\"23660.00\",\"JPY\":\"14707500\"}");
		assertThat(after.path("findings").path("POLICY_VIOLATION").asLong()).isEqualTo(7);
		JsonNode parameters = after.path("parameters");
		assertThat(parameters.path("policy_version").asString()).isEqualTo("2026.11");
		assertThat(parameters.path("policy_sha256").asString()).isEqualTo(PolicyParameters.sha256(PolicyFixture.POLICY));
		assertThat(parameters.path("pricebook").asString()).isEqualTo(PolicyFixture.PRICEBOOK.toString());
		long runId = after.path("run_id").asLong();
		List<Map<String, Object>> decisions = PolicyFixture.sql(this.home, (jdbc) -> jdbc.queryForList(
				"SELECT DEAL_ID, RULE_ID, ACTION FROM ML_POLICY_DECISION WHERE RUN_ID = ? ORDER BY DEAL_ID, RULE_ID",
				runId));
		assertThat(decisions).extracting((d) -> d.get("DEAL_ID"), (d) -> d.get("RULE_ID"), (d) -> d.get("ACTION"))
			.containsExactly(tuple("D-000002", "discount-over-10-percent", "REQUIRE_APPROVAL"),
					tuple("D-000009", "large-deal", "REQUIRE_APPROVAL"),
					tuple("D-000015", "discount-over-10-percent", "REQUIRE_APPROVAL"),
					tuple("D-000030", "large-deal", "REQUIRE_APPROVAL"), tuple("D-000033", "large-pilot", "WARN"),
					tuple("D-000035", "large-pilot", "WARN"),
					tuple("D-000039", "credit-hold", "BLOCK"), tuple("D-000039", "large-deal", "REQUIRE_APPROVAL"),
					tuple("D-000039", "large-pilot", "WARN"));
	}

	@Test
	void shouldRefuseAMaliciousPolicyNamingFileAndRuleBeforeAnythingRuns() {
		// given
		Path policy = PolicyFixture.resource("malicious-policy.yaml");
		// when
		CliRun run = CliRun.run(this.home, SampleSet.GENERIC.reconcileArgs(this.out, "--policy", policy.toString()));
		// then
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("meshline: " + policy + ", rule exfiltrate: when \"T(java.lang.Runtime)"
				+ ".getRuntime().exec('touch pwned')\" refers to a Java type (T(java.lang.Runtime) at column 1); a "
				+ "policy expression may only read deal fields and use operators.");
		assertThat(this.out).isEmptyDirectory();
		assertThat(this.home.resolve("db")).doesNotExist();
	}

	private JsonNode summary(String folder) {
		return JsonMapper.builder().build().readTree(this.out.resolve(folder).resolve("summary.json").toFile());
	}

}
