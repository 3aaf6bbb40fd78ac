package io.meshline.reports.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.meshline.core.money.CurrencyScale;
import io.meshline.reports.Amounts;
import io.meshline.reports.risk.RevenueAtRisk.AgeRow;
import io.meshline.reports.risk.RevenueAtRisk.GroupRow;
import io.meshline.reports.template.TableRow;

/**
 * The three revenue-at-risk tables as people read them (the PDF and the HTML page): amounts at
 * their currency's scale, a total at the foot of every currency. Stateless.
 */
public final class RiskTables {

	private static final List<Boolean> AGE_ALIGN = List.of(false, true, true, true, true, true, true);

	private RiskTables() {
	}

	public static List<Table> of(RevenueAtRisk risk) {
		return List.of(byAge(risk), byOwner(risk), topAccounts(risk));
	}

	public static Table byAge(RevenueAtRisk risk) {
		List<TableRow> rows = new ArrayList<>();
		long deals = 0;
		for (AgeRow row : risk.byAge()) {
			List<String> cells = new ArrayList<>(List.of(row.currency(), Long.toString(row.deals())));
			row.buckets().values().forEach((amount) -> cells.add(Amounts.format(amount, row.currency())));
			cells.add(Amounts.format(row.total(), row.currency()));
			rows.add(TableRow.of(null, cells.toArray(String[]::new)));
			deals += row.deals();
		}
		if (!rows.isEmpty()) {
			rows.add(TableRow.total(null, "All", Long.toString(deals), null, null, null, null, null));
		}
		List<String> headers = new ArrayList<>(List.of("Currency", "Deals"));
		for (AgeBucket bucket : AgeBucket.values()) {
			headers.add(bucket.label());
		}
		headers.add("Total");
		return new Table("risk-by-age", "Revenue at risk by age since close", headers, AGE_ALIGN, rows,
				"Age: days from the deal's close date to " + risk.reportDate()
						+ ". Each currency's total equals the run's revenue at risk in that currency; "
						+ "currencies are not added together (no exchange rates are applied).");
	}

	public static Table byOwner(RevenueAtRisk risk) {
		return new Table("risk-by-owner", "Revenue at risk by owner", List.of("Owner", "Deals", "Oldest close",
				"Revenue at risk"), List.of(false, true, true, true), grouped(risk.byOwner(), false, risk), null);
	}

	public static Table topAccounts(RevenueAtRisk risk) {
		return new Table("risk-top-accounts", "Top " + RevenueAtRisk.TOP_ACCOUNTS + " accounts at risk, per currency",
				List.of("#", "Account", "Deals", "Oldest close", "Revenue at risk"), List.of(true, false, true, true, true),
				grouped(risk.topAccounts(), true, risk),
				"Accounts are ranked within each currency: amounts in different currencies cannot be ranked "
						+ "against each other without exchange rates.");
	}

	private static List<TableRow> grouped(List<GroupRow> groupRows, boolean ranked, RevenueAtRisk risk) {
		Map<String, List<GroupRow>> byCurrency = new TreeMap<>();
		groupRows.forEach((row) -> byCurrency.computeIfAbsent(row.currency(), (c) -> new ArrayList<>()).add(row));
		Map<String, BigDecimal> totals = risk.totals();
		List<TableRow> rows = new ArrayList<>();
		byCurrency.forEach((currency, list) -> {
			String group = currency;
			BigDecimal shown = CurrencyScale.zero(currency);
			long deals = 0;
			int rank = 0;
			for (GroupRow row : list) {
				rank++;
				shown = shown.add(row.atRisk());
				deals += row.deals();
				String amount = Amounts.format(row.atRisk(), currency);
				rows.add(ranked
						? TableRow.of(group, Integer.toString(rank), row.name(), Long.toString(row.deals()),
								row.oldestClose().toString(), amount)
						: TableRow.of(group, row.name(), Long.toString(row.deals()), row.oldestClose().toString(), amount));
			}
			BigDecimal all = totals.get(currency);
			if (ranked) {
				long accounts = risk.accountCount(currency);
				String label = (accounts > list.size()) ? "Top " + list.size() + " of " + accounts + " accounts"
						: "Total, " + accounts + ((accounts == 1) ? " account" : " accounts");
				rows.add(TableRow.total(group, null, label, Long.toString(deals), null,
						Amounts.withCode(shown, currency)));
				if (accounts > list.size()) {
					rows.add(TableRow.total(group, null, "All accounts", null, null, Amounts.withCode(all, currency)));
				}
			}
			else {
				rows.add(TableRow.total(group, "Total " + currency, Long.toString(deals), null,
						Amounts.withCode(all, currency)));
			}
		});
		return rows;
	}

}
