package io.meshline.jobs.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.meshline.reports.Amounts;
import io.meshline.reports.data.RiskItem;
import io.meshline.reports.risk.AgeBucket;
import io.meshline.reports.risk.RevenueAtRisk;
import io.meshline.reports.risk.RevenueAtRisk.AgeRow;
import io.meshline.reports.risk.RevenueAtRisk.GroupRow;
import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * The revenue-at-risk tables as CSV files for people who filter them: UTF-8, a header row, plain
 * amounts at the currency's scale, text cells a spreadsheet would run as a formula neutralised.
 * No total rows, so a column sums to its total.
 */
final class RiskCsvFiles {

	static final String BY_AGE = "risk-by-age.csv";

	static final String BY_OWNER = "risk-by-owner.csv";

	static final String TOP_ACCOUNTS = "risk-top-accounts.csv";

	static final String DEALS = "risk-deals.csv";

	private final RevenueAtRisk risk;

	private final long runId;

	RiskCsvFiles(RevenueAtRisk risk, long runId) {
		this.risk = risk;
		this.runId = runId;
	}

	void writeTo(Path dir) throws IOException {
		List<String> ageHeader = new ArrayList<>(List.of("run_id", "currency", "deals"));
		for (AgeBucket bucket : AgeBucket.values()) {
			ageHeader.add("days_" + bucket.csvLabel());
		}
		ageHeader.add("total");
		try (Csv csv = new Csv(dir.resolve(BY_AGE), ageHeader)) {
			for (AgeRow row : this.risk.byAge()) {
				List<String> cells = new ArrayList<>(List.of(id(), row.currency(), Long.toString(row.deals())));
				row.buckets().values().forEach((amount) -> cells.add(Amounts.plain(amount, row.currency())));
				cells.add(Amounts.plain(row.total(), row.currency()));
				csv.row(cells);
			}
		}
		grouped(dir.resolve(BY_OWNER), "owner", this.risk.byOwner(), false);
		grouped(dir.resolve(TOP_ACCOUNTS), "account", this.risk.topAccounts(), true);
		try (Csv csv = new Csv(dir.resolve(DEALS), List.of("run_id", "crm_id", "account", "owner", "currency",
				"close_date", "age_days", "age_bucket", "at_risk"))) {
			for (RiskItem item : this.risk.items()) {
				long age = Math.max(0, ChronoUnit.DAYS.between(item.closeDate(), this.risk.reportDate()));
				csv.row(List.of(id(), item.crmId(), item.account(), item.owner(), item.currency(),
						item.closeDate().toString(), Long.toString(age),
						AgeBucket.of(item.closeDate(), this.risk.reportDate()).csvLabel(),
						Amounts.plain(item.atRisk(), item.currency())));
			}
		}
	}

	private void grouped(Path file, String nameColumn, List<GroupRow> rows, boolean ranked) throws IOException {
		List<String> header = new ArrayList<>(List.of("run_id", "currency"));
		if (ranked) {
			header.add("rank");
		}
		header.addAll(List.of(nameColumn, "deals", "oldest_close_date", "at_risk"));
		try (Csv csv = new Csv(file, header)) {
			String currency = null;
			int rank = 0;
			for (GroupRow row : rows) {
				rank = row.currency().equals(currency) ? rank + 1 : 1;
				currency = row.currency();
				List<String> cells = new ArrayList<>(List.of(id(), row.currency()));
				if (ranked) {
					cells.add(Integer.toString(rank));
				}
				cells.addAll(List.of(row.name(), Long.toString(row.deals()), row.oldestClose().toString(),
						plain(row.atRisk(), row.currency())));
				csv.row(cells);
			}
		}
	}

	private String id() {
		return Long.toString(this.runId);
	}

	private static String plain(BigDecimal amount, String currency) {
		return Amounts.plain(amount, currency);
	}

	/** One CSV file; every cell goes through {@link SpreadsheetSafeCell} (plain numbers stay numbers). */
	private static final class Csv extends CsvFileWriter {

		Csv(Path file, List<String> header) {
			super(file, false, header.toArray(String[]::new));
		}

		void row(List<String> cells) {
			printRow(cells.stream().map(SpreadsheetSafeCell::of).toArray());
		}

	}

}
