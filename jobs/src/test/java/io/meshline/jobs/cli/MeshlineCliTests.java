package io.meshline.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.home.DataDirectoryLock;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.reconcile.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: help, version, formats, and every documented exit code. */
class MeshlineCliTests {

	@TempDir
	Path home;

	@TempDir
	Path work;

	@Test
	void shouldPrintTheVersion() {
		CliRun run = CliRun.run(this.home, "--version");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("meshline 0.1.0");
	}

	@Test
	void shouldDescribeEveryReconcileOptionInItsHelp() {
		CliRun run = CliRun.run(this.home, "reconcile", "--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("--crm", "--crm-format", "--crm-contract", "--erp-format", "--crosswalk",
				"--default-currency", "--as-of", "--window-days", "--amount-tolerance", "--date-tolerance-days",
				"--out", "--fail-on", "--max-reject-rate", "Exit codes");
	}

	@Test
	void shouldAnswerHelpForEveryCommandWithoutWarnings() {
		// given: every command and subcommand, as the command line registers them
		List<String[]> commands = new ArrayList<>();
		collect(MeshlineCli.commandLine(), new ArrayList<>(), commands);
		assertThat(commands).hasSizeGreaterThan(10);

		for (String[] command : commands) {
			// when
			CliRun run = CliRun.run(this.home, command);

			// then
			assertThat(run.exitCode()).as(String.join(" ", command)).isZero();
			assertThat(run.out()).as(String.join(" ", command)).contains("Usage: meshline");
			assertThat(run.err()).as(String.join(" ", command)).doesNotContain("WARN").doesNotContain("Exception");
		}
	}

	private static void collect(picocli.CommandLine command, List<String> path, List<String[]> into) {
		List<String> help = new ArrayList<>(path);
		help.add("--help");
		into.add(help.toArray(String[]::new));
		command.getSubcommands().forEach((name, sub) -> {
			if (name.equals(sub.getCommandName())) {
				List<String> subPath = new ArrayList<>(path);
				subPath.add(name);
				collect(sub, subPath, into);
			}
		});
	}

	@Test
	void shouldListTheBuiltInContracts() {
		CliRun run = CliRun.run(this.home, "formats");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("salesforce", "hubspot", "generic-crm", "netsuite", "quickbooks", "generic-erp");
	}

	@Test
	void shouldShowABuiltInContractAsYaml() {
		CliRun run = CliRun.run(this.home, "contract", "show", "salesforce");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("StageName", "CloseDate", "Amount");
	}

	@Test
	void shouldReconcileWithAUserContractCopiedFromABuiltIn() throws IOException {
		// given: the built-in contract as a user would save it to edit
		Path contract = this.work.resolve("my-salesforce.yaml");
		Files.writeString(contract, CliRun.run(this.home, "contract", "show", "salesforce").out(), StandardCharsets.UTF_8);
		SampleSet set = SampleSet.SALESFORCE_NETSUITE;
		Path out = this.work.resolve("out");
		// when
		CliRun run = CliRun.run(this.home, "reconcile", "--crm", set.crm().toString(), "--crm-contract",
				contract.toString(), "--erp", set.erp().toString(), "--erp-format", "netsuite", "--crosswalk",
				set.crosswalk().toString(), "--out", out.toString());
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(Files.readString(out.resolve("discrepancies.csv")))
			.isEqualTo(Files.readString(set.dir().resolve("expected-discrepancies.csv")));
	}

	@Test
	void shouldListRunsAfterAReconcile() {
		CliRun reconcile = CliRun.run(this.home, SampleSet.GENERIC.reconcileArgs(this.work.resolve("out")));
		assertThat(reconcile.exitCode()).as(reconcile.err()).isZero();
		CliRun list = CliRun.run(this.home, "jobs", "list");
		assertThat(list.exitCode()).isZero();
		assertThat(list.out()).contains("reconcileJob", "COMPLETED");
		String execution = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
		CliRun show = CliRun.run(this.home, "jobs", "show", execution);
		assertThat(show.exitCode()).as(show.err()).isZero();
		assertThat(show.out()).contains("archiveInputsStep", "classifyDealsStep", "crm.path", "COMPLETED");
		CliRun missing = CliRun.run(this.home, "jobs", "show", "999");
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("There is no job execution 999");
	}

	@Nested
	class ExitCodes {

		@Test
		void shouldExit2WhenARequiredOptionIsMissing() {
			CliRun run = CliRun.run(MeshlineCliTests.this.home, "reconcile", "--crm", "x.csv");
			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(run.err()).contains("Missing required");
		}

		@Test
		void shouldExit2WhenAnInputFileDoesNotExist() {
			SampleSet set = SampleSet.GENERIC;
			CliRun run = CliRun.run(MeshlineCliTests.this.home, "reconcile", "--crm", "no-such.csv", "--crm-format",
					"generic-crm", "--erp", set.erp().toString(), "--erp-format", "generic-erp");
			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(run.err()).contains("--crm: no such file: no-such.csv");
		}

		@Test
		void shouldExit2BeforeAnyStepWhenTheHeaderLacksARequiredColumn() throws IOException {
			// given
			Path crm = MeshlineCliTests.this.work.resolve("deals.csv");
			Files.writeString(crm, "deal_id,account_id,account_name,deal_name,stage,won,currency,close_date,owner\n"
					+ "D1,A1,Acme,Deal,Closed Won,true,USD,2026-10-01,o\n", StandardCharsets.UTF_8);
			// when
			CliRun run = CliRun.run(MeshlineCliTests.this.home, "reconcile", "--crm", crm.toString(), "--crm-format",
					"generic-crm", "--erp", SampleSet.GENERIC.erp().toString(), "--erp-format", "generic-erp");
			// then
			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(run.err()).contains("deals.csv", "amount", "deal_id, account_id");
			assertThat(MeshlineCliTests.this.home.resolve("db")).doesNotExist();
		}

		@Test
		void shouldExit2ForAContractOfTheWrongSide() {
			SampleSet set = SampleSet.GENERIC;
			CliRun run = CliRun.run(MeshlineCliTests.this.home, "reconcile", "--crm", set.crm().toString(),
					"--crm-format", "netsuite", "--erp", set.erp().toString(), "--erp-format", "generic-erp");
			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(run.err()).contains("needs a CRM contract");
		}

		@Test
		void shouldExit3WhenAFailOnFindingOccurs() {
			CliRun run = CliRun.run(MeshlineCliTests.this.home, SampleSet.GENERIC
				.reconcileArgs(MeshlineCliTests.this.work.resolve("out"), "--fail-on", "MISSING_IN_ERP,DATE_DRIFT"));
			assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
			assertThat(run.err()).contains("thresholds breached", "MISSING_IN_ERP");
		}

		@Test
		void shouldExit3WhenTooManyRowsAreRejected() throws IOException {
			// given: one row of three has an amount that is not a number
			Path crm = MeshlineCliTests.this.work.resolve("deals.csv");
			Files.write(crm, List.of("deal_id,account_id,account_name,deal_name,stage,won,amount,currency,close_date,owner",
					"D1,A1,Acme,Deal,Closed Won,true,10.00,USD,2026-10-01,o",
					"D2,A1,Acme,Deal,Closed Won,true,12.5O,USD,2026-10-01,o",
					"D3,A1,Acme,Deal,Closed Won,true,30.00,USD,2026-10-01,o"), StandardCharsets.UTF_8);
			Path out = MeshlineCliTests.this.work.resolve("out");
			// when
			CliRun run = CliRun.run(MeshlineCliTests.this.home, "reconcile", "--crm", crm.toString(), "--crm-format",
					"generic-crm", "--erp", SampleSet.GENERIC.erp().toString(), "--erp-format", "generic-erp",
					"--out", out.toString(), "--max-reject-rate", "10");
			// then
			assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
			assertThat(run.err()).contains("CRM rejected 1 of 3 rows");
			assertThat(run.out()).contains("3 rows read, 2 accepted, 1 rejected");
			List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"), StandardCharsets.UTF_8);
			assertThat(rejects).hasSize(2);
			assertThat(rejects.get(0)).isEqualTo("file,line,column,reason,raw_line");
			assertThat(rejects.get(1)).startsWith(crm.toAbsolutePath() + ",3,amount,")
				.contains("12.5O").endsWith("\"D2,A1,Acme,Deal,Closed Won,true,12.5O,USD,2026-10-01,o\"");
		}

		@Test
		void shouldExit1WhenTheJobFailsAndResumeWhenTheSameCommandRunsAgain() throws IOException {
			// given: the output folder cannot be created, because a file stands in its way
			Path blocker = MeshlineCliTests.this.work.resolve("blocker");
			Files.writeString(blocker, "not a folder");
			String[] args = SampleSet.GENERIC.reconcileArgs(blocker.resolve("out"));
			// when
			CliRun failed = CliRun.run(MeshlineCliTests.this.home, args);
			Files.delete(blocker);
			CliRun resumed = CliRun.run(MeshlineCliTests.this.home, args);
			// then
			assertThat(failed.exitCode()).isEqualTo(1);
			assertThat(failed.err()).contains("FAILED", "Run the same command again");
			assertThat(resumed.exitCode()).as(resumed.err()).isZero();
			assertThat(resumed.err()).contains("Resuming run");
			assertThat(blocker.resolve("out").resolve("discrepancies.csv")).exists();
		}

		@Test
		void shouldExit4WhenAnotherRunHoldsTheDataDirectory() throws IOException {
			try (DataDirectoryLock held = DataDirectoryLock.acquire(new MeshlineHome(MeshlineCliTests.this.home))) {
				CliRun run = CliRun.run(MeshlineCliTests.this.home,
						SampleSet.GENERIC.reconcileArgs(MeshlineCliTests.this.work.resolve("out")));
				assertThat(run.exitCode()).isEqualTo(4);
				assertThat(run.err()).contains("Another Meshline run holds the data directory");
			}
		}

	}

}
