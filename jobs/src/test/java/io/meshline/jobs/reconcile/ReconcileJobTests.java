package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole reconcile job, through the real command line and the embedded database, on each
 * committed sample set: the findings must be exactly the planted ones, and the money exact.
 */
class ReconcileJobTests {

	static List<SampleSet> sampleSets() {
		return List.of(SampleSet.SALESFORCE_NETSUITE, SampleSet.HUBSPOT_QUICKBOOKS, SampleSet.GENERIC);
	}

	@TempDir
	Path home;

	@TempDir
	Path out;

	@ParameterizedTest
	@MethodSource("sampleSets")
	void shouldReportExactlyThePlantedFindings(SampleSet set) throws IOException {
		// when
		CliRun run = CliRun.run(this.home, set.reconcileArgs(this.out));
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(CsvRows.header(this.out.resolve("discrepancies.csv"))).containsExactly("finding", "crm_id",
				"erp_ids", "crm_account", "erp_customer", "currency", "crm_amount", "erp_amount", "delta", "close_date",
				"first_invoice_date", "owner", "queue", "detail");
		assertThat(keys(CsvRows.read(this.out.resolve("discrepancies.csv"))))
			.containsExactlyElementsOf(keys(CsvRows.read(set.planted())));
	}

	@ParameterizedTest
	@MethodSource("sampleSets")
	void shouldTotalRevenueAtRiskAndOverBillingToTheCent(SampleSet set) throws IOException {
		// when
		CliRun run = CliRun.run(this.home, set.reconcileArgs(this.out));
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode summary = JsonMapper.builder().build().readTree(this.out.resolve("summary.json").toFile());
		List<Map<String, String>> planted = CsvRows.read(set.planted());
		assertThat(totals(summary.path("revenue_at_risk"))).isEqualTo(plantedTotals(planted, "at_risk"));
		assertThat(totals(summary.path("over_billed"))).isEqualTo(plantedTotals(planted, "over_billed"));
		for (String side : List.of("crm", "erp")) {
			JsonNode input = summary.path("inputs").path(side);
			assertThat(input.path("rows_read").asLong()).isPositive()
				.isEqualTo(input.path("accepted").asLong() + input.path("rejected").asLong());
			assertThat(input.path("sha256").asString()).hasSize(64);
		}
	}

	@ParameterizedTest
	@MethodSource("sampleSets")
	void shouldMatchTheGoldenDiscrepancyFile(SampleSet set) throws IOException {
		// when
		CliRun run = CliRun.run(this.home, set.reconcileArgs(this.out));
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		String expected = Files.readString(set.dir().resolve("expected-discrepancies.csv"), StandardCharsets.UTF_8);
		assertThat(Files.readString(this.out.resolve("discrepancies.csv"), StandardCharsets.UTF_8)).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("sampleSets")
	void shouldFindExactlyWhatTheGeneratorPlantedInAFreshSet(SampleSet formats) throws IOException {
		// given: a set the tests have never seen, made by the generate command
		Path data = this.out.resolve("data");
		CliRun generate = CliRun.run(this.home, "generate", "--deals", "400", "--seed", "977", "--fault-rate", "0.3",
				"--crm-format", formats.crmFormat(), "--erp-format", formats.erpFormat(), "--as-of", "2026-10-31",
				"--out", data.toString());
		assertThat(generate.exitCode()).as(generate.err()).isZero();
		Path results = this.out.resolve("results");
		// when
		CliRun run = reconcile(formats, data, results);
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(keys(CsvRows.read(results.resolve("discrepancies.csv"))))
			.containsExactlyElementsOf(keys(CsvRows.read(data.resolve("planted.csv"))));
		JsonNode summary = JsonMapper.builder().build().readTree(results.resolve("summary.json").toFile());
		List<Map<String, String>> planted = CsvRows.read(data.resolve("planted.csv"));
		assertThat(totals(summary.path("revenue_at_risk"))).isEqualTo(plantedTotals(planted, "at_risk"));
		assertThat(totals(summary.path("over_billed"))).isEqualTo(plantedTotals(planted, "over_billed"));
	}

	@ParameterizedTest
	@MethodSource("sampleSets")
	void shouldReportTheSameWhateverTheNumberOfPartitions(SampleSet formats) throws IOException {
		// given: a fresh set, reconciled in one partition and in dozens (a few KB of input each)
		Path data = this.out.resolve("data");
		CliRun generate = CliRun.run(this.home, "generate", "--deals", "600", "--seed", "31", "--fault-rate", "0.3",
				"--crm-format", formats.crmFormat(), "--erp-format", formats.erpFormat(), "--as-of", "2026-10-31",
				"--out", data.toString());
		assertThat(generate.exitCode()).as(generate.err()).isZero();
		// when
		CliRun whole = reconcile(formats, data, this.out.resolve("whole"));
		System.setProperty("meshline.reconcile.partition-bytes", "2048");
		CliRun partitioned;
		try {
			partitioned = reconcile(formats, data, this.out.resolve("partitioned"));
		}
		finally {
			System.clearProperty("meshline.reconcile.partition-bytes");
		}
		// then
		assertThat(whole.exitCode()).as(whole.err()).isZero();
		assertThat(partitioned.exitCode()).as(partitioned.err()).isZero();
		for (String file : List.of("discrepancies.csv", "rejects.csv")) {
			assertThat(Files.readString(this.out.resolve("partitioned").resolve(file), StandardCharsets.UTF_8))
				.as(file)
				.isEqualTo(Files.readString(this.out.resolve("whole").resolve(file), StandardCharsets.UTF_8));
		}
		JsonNode wholeSummary = JsonMapper.builder().build().readTree(this.out.resolve("whole/summary.json").toFile());
		JsonNode partitionedSummary = JsonMapper.builder().build()
			.readTree(this.out.resolve("partitioned/summary.json").toFile());
		assertThat(partitionedSummary.path("inputs")).isEqualTo(wholeSummary.path("inputs"));
		assertThat(partitionedSummary.path("matched_deals")).isEqualTo(wholeSummary.path("matched_deals"));
	}

	private CliRun reconcile(SampleSet formats, Path data, Path results) {
		return CliRun.run(this.home, "reconcile", "--crm", data.resolve("crm.csv").toString(), "--crm-format",
				formats.crmFormat(), "--erp", data.resolve("erp.csv").toString(), "--erp-format", formats.erpFormat(),
				"--crosswalk", data.resolve("crosswalk.csv").toString(), "--out", results.toString());
	}

	private static List<String> keys(List<Map<String, String>> rows) {
		return rows.stream().map((row) -> row.get("finding") + " " + row.get("crm_id") + " " + row.get("erp_ids"))
			.sorted().toList();
	}

	private static Map<String, String> totals(JsonNode node) {
		Map<String, String> totals = new TreeMap<>();
		node.properties().forEach((entry) -> totals.put(entry.getKey(), entry.getValue().asString()));
		return totals;
	}

	private static Map<String, String> plantedTotals(List<Map<String, String>> planted, String column) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		for (Map<String, String> row : planted) {
			String amount = row.get(column);
			if (amount != null && !amount.isEmpty()) {
				sums.merge(row.get("currency"), new BigDecimal(amount), BigDecimal::add);
			}
		}
		Map<String, String> totals = new TreeMap<>();
		sums.forEach((currency, sum) -> totals.put(currency, sum.toPlainString()));
		return totals;
	}

}
