package io.meshline.jobs.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
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
 * The report jobs through the real command line and embedded database: two sample sets are
 * reconciled this month, then the month-end pack and the risk tables are written and read back.
 * The figures must be those of the month's latest run, to the cent of its summary.json.
 */
class MonthEndReportJobTests {

	@TempDir
	static Path home;

	@TempDir
	static Path out;

	static final YearMonth MONTH = YearMonth.now();

	static JsonNode latestSummary;

	static JsonNode firstSummary;

	static CliRun monthEnd;

	static CliRun risk;

	@BeforeAll
	static void reconcileTwoSampleSetsAndReport() throws IOException {
		// given: two completed runs this month, the generic set (with JPY) last
		reconcile(SampleSet.SALESFORCE_NETSUITE, "first");
		reconcile(SampleSet.GENERIC, "latest");
		JsonMapper json = JsonMapper.builder().build();
		firstSummary = json.readTree(out.resolve("first/summary.json").toFile());
		latestSummary = json.readTree(out.resolve("latest/summary.json").toFile());
		CliRun backfill = CliRun.run(home, "backfill", "--from", latestSummary.path("run_id").asString(), "--target",
				"netsuite-csv", "--dry-run", "--out", out.resolve("backfill").toString());
		assertThat(backfill.exitCode()).as(backfill.err()).isZero();
		// when
		monthEnd = CliRun.run(home, "report", "month-end", "--month", MONTH.toString(), "--out",
				out.resolve("pack.pdf").toString(), "--company", "Acme Ltd", "--prepared-by", "Dana Scully");
		risk = CliRun.run(home, "report", "risk", "--month", MONTH.toString(), "--out", out.resolve("risk").toString());
	}

	private static void reconcile(SampleSet set, String folder) {
		CliRun run = CliRun.run(home, set.reconcileArgs(out.resolve(folder)));
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	@Test
	void shouldWriteThePackAndSayWhichRunItsFiguresComeFrom() {
		assertThat(monthEnd.exitCode()).as(monthEnd.err()).isZero();
		assertThat(monthEnd.out()).contains("Month-end pack for " + MONTH)
			.contains("Figures from run " + latestSummary.path("run_id").asLong() + ", the latest of 2 runs");
	}

	@Test
	void shouldPrintTheLatestRunsTotalsToTheCent() throws IOException {
		String text = text(out.resolve("pack.pdf"));
		Map<String, String> atRisk = formatted(latestSummary.path("revenue_at_risk"));
		assertThat(atRisk).isNotEmpty().containsKey("JPY");
		assertThat(text).contains("Revenue at risk: " + String.join(" · ", atRisk.values()) + ".");
		assertThat(text).contains("Over-billed: " + String.join(" · ", formatted(latestSummary.path("over_billed")).values())
				+ ".");
		// the foot of every per-currency table: the currency's total, as in summary.json
		atRisk.forEach((currency, amount) -> assertThat(text).containsPattern("Total " + currency + " \\d+ "
				+ java.util.regex.Pattern.quote(amount)));
		long findings = 0;
		for (var entry : latestSummary.path("findings").properties()) {
			findings += entry.getValue().asLong();
			assertThat(text).contains(entry.getKey() + " " + entry.getValue().asLong() + " ");
		}
		assertThat(text).contains("All findings " + findings);
		long matched = latestSummary.path("matched_deals").asLong();
		long inScope = latestSummary.path("deals_in_scope").asLong();
		String rate = BigDecimal.valueOf(matched * 100).divide(BigDecimal.valueOf(inScope), 1,
				java.math.RoundingMode.HALF_UP) + "%";
		assertThat(text).contains("Match rate: " + rate + " (" + matched + " of " + inScope + " won deals");
	}

	@Test
	void shouldShowTheFirstRunOnlyInTheCoverAndTheTrend() throws IOException {
		String text = text(out.resolve("pack.pdf"));
		assertThat(text).contains(firstSummary.path("inputs").path("crm").path("sha256").asString())
			.contains(firstSummary.path("inputs").path("erp").path("sha256").asString())
			.contains(latestSummary.path("inputs").path("crm").path("sha256").asString())
			.contains("Prepared by Dana Scully")
			.contains("Trend over the last runs");
		formatted(firstSummary.path("revenue_at_risk")).values()
			.forEach((amount) -> assertThat(text).contains(amount));
	}

	@Test
	void shouldCountTheOpenExceptionsOfEveryQueue() throws IOException {
		// given: the exceptions the two runs opened, per queue, as the database holds them
		Map<String, Long> open = TestDatabase.sql(home, (jdbc) -> {
			Map<String, Long> byQueue = new java.util.TreeMap<>();
			jdbc.query("SELECT QUEUE, COUNT(*) FROM ML_EXCEPTION WHERE STATUS <> 'RESOLVED' GROUP BY QUEUE",
					(java.sql.ResultSet rs) -> {
						byQueue.put(rs.getString(1), rs.getLong(2));
					});
			return byQueue;
		});
		String text = text(out.resolve("pack.pdf"));

		// then: a row per queue with its open count; nothing resolved yet in this month
		assertThat(open).containsKeys("billing-ops", "revenue-assurance", "ar-triage");
		assertThat(text).contains("Exceptions by queue").doesNotContain("Not available yet");
		open.forEach((queue, count) -> assertThat(text).containsPattern(
				java.util.regex.Pattern.quote(queue) + " " + count + " \\d+ 0 0 - \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
	}

	@Test
	void shouldListTheMonthsBackfillBatches() throws IOException {
		long missing = latestSummary.path("findings").path("MISSING_IN_ERP").asLong();
		assertThat(text(out.resolve("pack.pdf"))).contains("Backfill activity")
			.contains("netsuite-csv (dry run")
			.doesNotContain("Backfill activity\nNot available yet.")
			.containsPattern("netsuite-csv \\(dry run[^\\n]*\\n?[^\\n]*" + missing);
	}

	@Test
	void shouldHaveNoEmptyPage() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(out.resolve("pack.pdf").toFile())) {
			assertThat(pdf.getNumberOfPages()).isBetween(5, 12);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				List<String> body = new ArrayList<>(stripper.getText(pdf).lines().filter((l) -> !l.isBlank()).toList());
				body.removeIf((line) -> line.contains("Month-end reconciliation pack ·") || line.startsWith("Meshline "));
				assertThat(body).as("page %d", page).hasSizeGreaterThan(3);
				assertThat(stripper.getText(pdf)).contains("Page " + page + " of " + pdf.getNumberOfPages());
			}
		}
	}

	@Test
	void shouldRenderTheCoverWithInkOnIt() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(out.resolve("pack.pdf").toFile())) {
			BufferedImage cover = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
			long ink = 0;
			for (int y = 0; y < cover.getHeight(); y++) {
				for (int x = 0; x < cover.getWidth(); x++) {
					if ((cover.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
						ink++;
					}
				}
			}
			assertThat(ink).isGreaterThan(cover.getWidth() * (long) cover.getHeight() / 100);
		}
	}

	@Test
	void shouldWriteTheRiskTablesOfTheLatestRunAsCsvAndHtml() throws IOException {
		assertThat(risk.exitCode()).as(risk.err()).isZero();
		Path dir = out.resolve("risk");
		assertThat(CsvRows.header(dir.resolve("risk-by-age.csv"))).containsExactly("run_id", "currency", "deals",
				"days_0-30", "days_31-60", "days_61-90", "days_over-90", "total");
		Map<String, String> totals = new TreeMap<>();
		for (Map<String, String> row : CsvRows.read(dir.resolve("risk-by-age.csv"))) {
			assertThat(row.get("run_id")).isEqualTo(latestSummary.path("run_id").asString());
			BigDecimal buckets = new BigDecimal(row.get("days_0-30")).add(new BigDecimal(row.get("days_31-60")))
				.add(new BigDecimal(row.get("days_61-90")))
				.add(new BigDecimal(row.get("days_over-90")));
			assertThat(buckets).isEqualByComparingTo(row.get("total"));
			totals.put(row.get("currency"), row.get("total"));
		}
		Map<String, String> expected = new TreeMap<>();
		latestSummary.path("revenue_at_risk").properties().forEach((e) -> expected.put(e.getKey(), e.getValue().asString()));
		assertThat(totals).isEqualTo(expected);
		assertThat(sum(CsvRows.read(dir.resolve("risk-by-owner.csv")), "at_risk")).isEqualTo(expected);
		assertThat(sum(CsvRows.read(dir.resolve("risk-deals.csv")), "at_risk")).isEqualTo(expected);
		assertThat(CsvRows.header(dir.resolve("risk-top-accounts.csv"))).containsExactly("run_id", "currency", "rank",
				"account", "deals", "oldest_close_date", "at_risk");
		String html = Files.readString(dir.resolve("revenue-at-risk.html"), StandardCharsets.UTF_8);
		assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=\"")
			.contains(String.join(" · ", formatted(latestSummary.path("revenue_at_risk")).values()));
	}

	@Test
	void shouldRefuseAMonthWithoutRuns() {
		CliRun run = CliRun.run(home, "report", "month-end", "--month", "2001-01", "--out",
				out.resolve("none.pdf").toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("No reconcile run completed in 2001-01, so there is nothing to report.");
		assertThat(out.resolve("none.pdf")).doesNotExist();
	}

	@Test
	void shouldRefuseAMonthThatIsNotOne() {
		CliRun run = CliRun.run(home, "report", "risk", "--month", "October", "--out", out.resolve("x").toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--month must be a month like 2026-10, not 'October'.");
	}

	private static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** "USD 66,800.00" per currency, formatted independently of the code under test. */
	private static Map<String, String> formatted(JsonNode amounts) {
		Map<String, String> out = new TreeMap<>();
		amounts.properties().forEach((e) -> {
			BigDecimal amount = new BigDecimal(e.getValue().asString());
			String text = (amount.scale() == 0) ? String.format(Locale.ROOT, "%,d", amount.toBigInteger())
					: String.format(Locale.ROOT, "%,." + amount.scale() + "f", amount);
			out.put(e.getKey(), e.getKey() + " " + text);
		});
		return out;
	}

	private static Map<String, String> sum(List<Map<String, String>> rows, String column) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		rows.forEach((row) -> sums.merge(row.get("currency"), new BigDecimal(row.get(column)), BigDecimal::add));
		Map<String, String> out = new TreeMap<>();
		sums.forEach((currency, amount) -> out.put(currency, amount.toPlainString()));
		return out;
	}

}
