package io.meshline.jobs.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.reconcile.CsvRows;
import io.meshline.jobs.reconcile.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run manifests and replay on the real embedded database: a run archives its inputs by content,
 * a replay reruns it from the archive (the original files may be gone) and compares the findings.
 */
class ReplayTests {

	@TempDir
	Path home;

	@TempDir
	Path work;

	@Test
	void shouldReplayARunFromItsArchiveWithTheSameFindings() throws IOException {
		// given: a run on copies of the sample files, which are then deleted
		Inputs inputs = copy(SampleSet.SALESFORCE_NETSUITE);
		long run = reconcile(inputs, this.work.resolve("original"));
		String crmSha = summary(this.work.resolve("original")).path("inputs").path("crm").path("sha256").asString();
		Files.delete(inputs.crm());
		Files.delete(inputs.erp());
		// when
		CliRun replay = CliRun.run(this.home, "replay", Long.toString(run), "--out", this.work.resolve("replay").toString());
		// then
		int findings = CsvRows.read(this.work.resolve("original").resolve("discrepancies.csv")).size();
		assertThat(replay.exitCode()).as(replay.err()).isZero();
		assertThat(replay.out()).contains("Replay of run " + run + " is run ").contains(": same " + findings + " findings.");
		assertThat(this.home.resolve("archive/sha256").resolve(crmSha.substring(0, 2)).resolve(crmSha)).isRegularFile();
		assertThat(Files.readString(this.work.resolve("replay").resolve("discrepancies.csv"), StandardCharsets.UTF_8))
			.isEqualTo(Files.readString(this.work.resolve("original").resolve("discrepancies.csv"), StandardCharsets.UTF_8));
	}

	@Test
	void shouldShowTheDifferenceWhenAReplayOverridesARecordedOption() throws IOException {
		// given
		long run = reconcile(copy(SampleSet.SALESFORCE_NETSUITE), this.work.resolve("original"));
		// when: a tolerance so wide that no amount mismatches any more
		CliRun replay = CliRun.run(this.home, "replay", Long.toString(run), "--out",
				this.work.resolve("replay").toString(), "--", "--amount-tolerance", "100000000");
		// then
		long mismatches = CsvRows.read(this.work.resolve("original").resolve("discrepancies.csv")).stream()
			.filter((row) -> row.get("finding").equals("AMOUNT_MISMATCH"))
			.count();
		assertThat(mismatches).isPositive();
		assertThat(replay.exitCode()).as(replay.err()).isEqualTo(3);
		assertThat(replay.err()).contains("--amount-tolerance 100000000");
		assertThat(replay.out()).contains(mismatches + " findings differ from the original's");
		assertThat(replay.out().lines().filter((line) -> line.startsWith("- AMOUNT_MISMATCH "))).hasSize((int) mismatches);
		assertThat(replay.out().lines().filter((line) -> line.startsWith("+ "))).isEmpty();
	}

	@Test
	void shouldShowWhatAChangedPolicyWouldHaveFound() throws IOException {
		// given: a run under the sample policy, and a new version that only warns about ownerless deals
		Inputs inputs = copy(SampleSet.GENERIC);
		Path policies = Path.of("..", "samples", "policies").toAbsolutePath().normalize();
		Path original = this.work.resolve("original");
		CliRun run = CliRun.run(this.home, "reconcile", "--crm", inputs.crm().toString(), "--crm-format",
				inputs.set().crmFormat(), "--erp", inputs.erp().toString(), "--erp-format", inputs.set().erpFormat(),
				"--crosswalk", inputs.crosswalk().toString(), "--policy", policies.resolve("default-policy.yaml").toString(),
				"--pricebook", policies.resolve("pricebook.csv").toString(), "--out", original.toString(), "--progress",
				"never");
		assertThat(run.exitCode()).as(run.err()).isZero();
		Path relaxed = Files.writeString(this.work.resolve("relaxed.yaml"), """
				version: "2026.12"
				rules:
				  - id: no-owner
				    description: Every won deal has an owner.
				    when: owner == null or owner == ''
				    action: WARN
				    message: the deal has no owner
				""");
		long policyFindings = CsvRows.read(original.resolve("discrepancies.csv")).stream()
			.filter((row) -> row.get("finding").equals("POLICY_VIOLATION"))
			.count();

		// when
		CliRun replay = CliRun.run(this.home, "replay", Long.toString(summary(original).path("run_id").asLong()),
				"--out", this.work.resolve("replay").toString(), "--", "--policy", relaxed.toString());

		// then: only policy findings differ, and the replay lost the ones the old rules raised
		assertThat(policyFindings).isPositive();
		assertThat(replay.exitCode()).as(replay.err()).isEqualTo(3);
		List<String> differences = replay.out().lines().filter((line) -> line.startsWith("- ") || line.startsWith("+ "))
			.toList();
		assertThat(differences).isNotEmpty().allMatch((line) -> line.startsWith("- POLICY_VIOLATION "));
	}

	@Test
	void shouldRefuseToReplayFromAChangedOrMissingArchive() throws IOException {
		// given
		long run = reconcile(copy(SampleSet.GENERIC), this.work.resolve("original"));
		String erpSha = summary(this.work.resolve("original")).path("inputs").path("erp").path("sha256").asString();
		Path archived = this.home.resolve("archive/sha256").resolve(erpSha.substring(0, 2)).resolve(erpSha);
		Files.writeString(archived, "X-1,2026-10-01,,,,USD,1.00,open\n", StandardOpenOption.APPEND);
		// when
		CliRun changed = CliRun.run(this.home, "replay", Long.toString(run));
		Files.delete(archived);
		CliRun missing = CliRun.run(this.home, "replay", Long.toString(run));
		CliRun unknown = CliRun.run(this.home, "replay", "999");
		// then
		assertThat(changed.exitCode()).isEqualTo(2);
		assertThat(changed.err()).contains("Cannot replay: the archived copy of run " + run + "'s erp file (--erp, "
				+ "originally ").contains("was changed: " + archived + " now has SHA-256 ");
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("is not in the archive: " + archived + " is missing.");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("Run 999 has no manifest");
	}

	@Test
	void shouldExplainOverridesAndExitCodesInItsHelp() {
		// when
		CliRun help = CliRun.run(this.home, "replay", "--help");
		CliRun withoutSeparator = CliRun.run(this.home, "replay", "1", "--amount-tolerance", "5");
		// then
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("meshline replay 12 -- --amount-tolerance 5.00",
				"Exit codes: 0 the same findings, 3 the findings differ");
		assertThat(withoutSeparator.exitCode()).isEqualTo(2);
		assertThat(withoutSeparator.err()).contains("Unknown option: '--amount-tolerance'",
				"Run 'meshline replay --help' for the options.");
	}

	private record Inputs(Path crm, Path erp, Path crosswalk, SampleSet set) {
	}

	private Inputs copy(SampleSet set) throws IOException {
		Path dir = Files.createDirectories(this.work.resolve("inputs"));
		return new Inputs(Files.copy(set.crm(), dir.resolve("crm.csv")), Files.copy(set.erp(), dir.resolve("erp.csv")),
				Files.copy(set.crosswalk(), dir.resolve("crosswalk.csv")), set);
	}

	private long reconcile(Inputs inputs, Path out) throws IOException {
		CliRun run = CliRun.run(this.home, "reconcile", "--crm", inputs.crm().toString(), "--crm-format",
				inputs.set().crmFormat(), "--erp", inputs.erp().toString(), "--erp-format", inputs.set().erpFormat(),
				"--crosswalk", inputs.crosswalk().toString(), "--out", out.toString(), "--progress", "never");
		assertThat(run.exitCode()).as(run.err()).isZero();
		return summary(out).path("run_id").asLong();
	}

	private static JsonNode summary(Path out) {
		return JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
	}

}
