package io.meshline.jobs.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.reconcile.CsvRows;
import io.meshline.jobs.reconcile.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code meshline policy check}: what a policy would do, from files alone, with no database touched. */
class PolicyCheckCommandTests {

	@TempDir
	Path home;

	@TempDir
	Path out;

	@Test
	void shouldReportWhatThePolicyWouldDoWithoutTouchingTheDataDirectory() throws IOException {
		// when
		CliRun run = CliRun.run(this.home, "policy", "check", "--policy", PolicyFixture.POLICY.toString(),
				"--pricebook", PolicyFixture.PRICEBOOK.toString(), "--crm", SampleSet.GENERIC.crm().toString(),
				"--crm-format", "generic-crm", "--out", this.out.toString());
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("version 2026.11: 22 won deals checked.")
			.containsPattern("credit-hold +BLOCK +1 deals")
			.containsPattern("discount-over-10-percent +REQUIRE_APPROVAL +2 deals")
			.containsPattern("large-deal +REQUIRE_APPROVAL +3 deals")
			.containsPattern("large-pilot +WARN +3 deals")
			.containsPattern("no-owner +WARN +0 deals")
			.contains("Would block 1 deals, hold 4 for approval, warn about 2 (each deal counted once, under its "
					+ "strongest rule).", "Dry run: nothing was stored, blocked or held.");
		List<Map<String, String>> rows = CsvRows.read(this.out.resolve("policy-dry-run.csv"));
		assertThat(rows).hasSize(9);
		assertThat(rows.get(0)).containsEntry("deal_id", "D-000002").containsEntry("list_price", "90000.00")
			.containsEntry("discount_percent", "15.33").containsEntry("deal_action", "REQUIRE_APPROVAL")
			.containsEntry("rule_id", "discount-over-10-percent");
		assertThat(rows).filteredOn((r) -> r.get("deal_id").equals("D-000039")).extracting((r) -> r.get("deal_action"))
			.containsOnly("BLOCK").hasSize(3);
		assertThat(this.home).isEmptyDirectory();
	}

	@Test
	void shouldValidateAPolicyAlone() {
		// when
		CliRun run = CliRun.run(this.home, "policy", "check", "--policy", PolicyFixture.POLICY.toString());
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("version 2026.11 (SHA-256 ", "): 5 rules, 1 accounts on credit hold, price "
				+ "book of 0 deals. Valid.").containsPattern("credit-hold +BLOCK +when creditHold");
		assertThat(this.home).isEmptyDirectory();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			T(java.lang.Runtime).getRuntime().exec('touch pwned')  | refers to a Java type (T(java.lang.Runtime) at column 1)
			''.getClass().forName('java.lang.Runtime')             | calls a method (getClass() at column 4)
			new java.io.File('pwned').delete()                     | creates an object with new (new java.io.File('pwned') at column 1)
			@systemProperties                                      | refers to a bean (@systemProperties at column 2)
			amount = 0                                             | assigns a value (amount=0 at column 8)
			""")
	void shouldExitTwoNamingFileAndRuleOfAMaliciousPolicy(String when, String problem) throws IOException {
		// given
		Path policy = this.out.resolve("evil-policy.yaml");
		Files.writeString(policy, "version: '1'\nrules:\n  - id: fine\n    when: amount > 1\n    action: WARN\n"
				+ "    message: m\n  - id: evil\n    when: \"" + when + "\"\n    action: BLOCK\n    message: x\n");
		// when
		CliRun run = CliRun.run(this.home, "policy", "check", "--policy", policy.toString(), "--crm",
				SampleSet.GENERIC.crm().toString(), "--crm-format", "generic-crm", "--out", this.out.toString());
		// then
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).isEqualToIgnoringNewLines("meshline: " + policy + ", rule evil: when \"" + when + "\" "
				+ problem + "; a policy expression may only read deal fields and use operators.");
		assertThat(this.out).isDirectoryNotContaining("glob:**/policy-dry-run.csv");
		assertThat(this.home).isEmptyDirectory();
	}

	@Test
	void shouldAnswerHelp() {
		// when
		CliRun policy = CliRun.run(this.home, "policy", "--help");
		CliRun check = CliRun.run(this.home, "policy", "check", "--help");
		CliRun reconcile = CliRun.run(this.home, "reconcile", "--help");
		// then
		assertThat(policy.exitCode()).isZero();
		assertThat(policy.out()).contains("check", "approve");
		assertThat(check.out()).contains("--policy=FILE", "--pricebook=FILE", "--crm=FILE", "--window-days=N",
				"touches no database", "Exit codes: 0 checked, 2");
		assertThat(reconcile.out()).contains("--policy=FILE", "--pricebook=FILE");
	}

	@Test
	void shouldRefuseAPriceBookWithoutAPolicy() {
		// when
		CliRun run = CliRun.run(this.home, SampleSet.GENERIC.reconcileArgs(this.out, "--pricebook",
				PolicyFixture.PRICEBOOK.toString()));
		// then
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--pricebook gives the list prices policy rules read: give --policy too.");
	}

}
