package io.meshline.jobs.drift;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import io.meshline.jobs.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift on the real embedded database: runs of a sample set with the same volumes, then a run with
 * half its deals. The DRIFT finding names the metric, the value and the band, sorts last, goes to
 * the data-quality queue and adds nothing to revenue at risk.
 */
class DriftTests {

	private static final SampleSet SET = SampleSet.GENERIC;

	@TempDir
	Path home;

	@TempDir
	Path work;

	@Test
	void shouldRaiseDriftWhenARunHasHalfTheDealsOfTheTrailingRuns() throws IOException {
		// given: three runs with the same volumes
		for (int i = 1; i <= 3; i++) {
			reconcile(SET.crm(), "stable-" + i);
		}
		long deals = summary("stable-3").path("deals_in_scope").asLong();
		// when
		Path out = reconcile(halfTheDeals(), "half");
		// then
		long halfDeals = summary("half").path("deals_in_scope").asLong();
		assertThat(halfDeals).isLessThan(deals * 8 / 10);
		List<Map<String, String>> rows = CsvRows.read(out.resolve("discrepancies.csv"));
		List<Map<String, String>> drift = rows.stream().filter((row) -> row.get("finding").equals("DRIFT")).toList();
		assertThat(drift).extracting((row) -> row.get("crm_id")).contains("deals");
		Map<String, String> dealsDrift = drift.stream().filter((row) -> row.get("crm_id").equals("deals")).findFirst()
			.orElseThrow();
		assertThat(dealsDrift.get("detail")).isEqualTo("deals is " + halfDeals + ", outside the band "
				+ (deals * 8 / 10) + " to " + ceilTimes12(deals) + " of the last 3 runs (their range widened by 20%).");
		assertThat(dealsDrift.get("currency")).isEqualTo("XXX");
		assertThat(dealsDrift.get("queue")).isEqualTo("data-quality");
		assertThat(dealsDrift.get("crm_amount")).isEmpty();
		assertThat(rows.subList(rows.size() - drift.size(), rows.size())).containsExactlyElementsOf(drift);
		JsonNode summary = summary("half");
		assertThat(summary.path("findings").path("DRIFT").asLong()).isEqualTo(drift.size());
		assertThat(summary.path("revenue_at_risk").has("XXX")).isFalse();
		assertThat(summary.path("over_billed").has("XXX")).isFalse();
	}

	@Test
	void shouldKeepTheDuplicateRateOfTheRunsFindings() throws IOException {
		// when
		reconcile(SET.crm(), "one");
		// then
		JsonNode summary = summary("one");
		long duplicates = summary.path("findings").path("DUPLICATE_IN_ERP").asLong();
		long deals = summary.path("deals_in_scope").asLong();
		assertThat(duplicates).isPositive();
		BigDecimal rate = TestDatabase.sql(this.home, (jdbc) -> jdbc.queryForObject(
				"SELECT METRIC_VALUE FROM ML_RUN_METRIC WHERE METRIC = 'duplicate_rate'", BigDecimal.class));
		assertThat(rate).isEqualByComparingTo(BigDecimal.valueOf(duplicates * 100)
			.divide(BigDecimal.valueOf(deals), 2, RoundingMode.HALF_UP));
	}

	@Test
	void shouldSayNothingWithFewerThanThreeTrailingRuns() throws IOException {
		// given
		reconcile(SET.crm(), "stable-1");
		reconcile(SET.crm(), "stable-2");
		// when
		Path out = reconcile(halfTheDeals(), "half");
		// then
		assertThat(CsvRows.read(out.resolve("discrepancies.csv"))).noneMatch((row) -> row.get("finding").equals("DRIFT"));
		assertThat(summary("half").path("findings").path("DRIFT").asLong()).isZero();
	}

	@Test
	void shouldRefuseADriftWindowTooShortToDrawABand() {
		// when
		CliRun run = CliRun.run(this.home, args(SET.crm(), this.work.resolve("x"), "--drift-runs", "2"));
		// then
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--drift-runs must be at least 3 (the fewest runs a band is drawn from), not 2.");
	}

	private Path halfTheDeals() throws IOException {
		List<String> lines = Files.readAllLines(SET.crm(), StandardCharsets.UTF_8);
		Path half = this.work.resolve("crm-half.csv");
		Files.write(half, lines.subList(0, 1 + (lines.size() - 1) / 2), StandardCharsets.UTF_8);
		return half;
	}

	private Path reconcile(Path crm, String name) {
		Path out = this.work.resolve(name);
		CliRun run = CliRun.run(this.home, args(crm, out));
		assertThat(run.exitCode()).as(run.err()).isZero();
		return out;
	}

	private static String[] args(Path crm, Path out, String... extra) {
		String[] base = { "reconcile", "--crm", crm.toString(), "--crm-format", SET.crmFormat(), "--erp",
				SET.erp().toString(), "--erp-format", SET.erpFormat(), "--crosswalk", SET.crosswalk().toString(),
				"--out", out.toString(), "--progress", "never" };
		String[] all = new String[base.length + extra.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(extra, 0, all, base.length, extra.length);
		return all;
	}

	private JsonNode summary(String name) {
		return JsonMapper.builder().build().readTree(this.work.resolve(name).resolve("summary.json").toFile());
	}

	private static long ceilTimes12(long deals) {
		return (deals * 12 + 9) / 10;
	}

}
