package io.meshline.reports.monthend;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.meshline.core.money.CurrencyScale;
import io.meshline.core.reconcile.FindingType;
import io.meshline.reports.Amounts;
import io.meshline.reports.data.CurrencyVolume;
import io.meshline.reports.data.FindingTotal;
import io.meshline.reports.data.RunFigures;
import io.meshline.reports.data.RunRecord;
import io.meshline.reports.risk.Table;
import io.meshline.reports.template.TableRow;

/** The summary and trend tables of the month-end pack, formatted. Stateless. */
final class SummaryTables {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Map<String, String> MEANING = Map.ofEntries(
			Map.entry(FindingType.MISSING_IN_ERP.name(), "Won deal that no invoice references."),
			Map.entry(FindingType.STATUS_CONFLICT.name(), "Won deal whose invoices are all void, or a live invoice for a deal not won."),
			Map.entry(FindingType.DUPLICATE_IN_ERP.name(), "The same invoice billed twice or more."),
			Map.entry(FindingType.CURRENCY_MISMATCH.name(), "Invoice in another currency than its deal."),
			Map.entry(FindingType.AMOUNT_MISMATCH.name(), "Invoices of the deal do not add up to its amount."),
			Map.entry(FindingType.CUSTOMER_MISMATCH.name(), "Invoice billed to another customer than the deal's account."),
			Map.entry(FindingType.UNMAPPED_ACCOUNT.name(), "Won deal whose account the crosswalk does not map."),
			Map.entry(FindingType.DATE_DRIFT.name(), "First invoice dated before the close or too long after it."),
			Map.entry(FindingType.ORPHAN_IN_ERP.name(), "Live invoice that names no deal of the CRM file."),
			Map.entry(FindingType.POLICY_VIOLATION.name(), "Won deal that breaks a rule of the policy file."),
			Map.entry(FindingType.DRIFT.name(), "Run volumes outside the band of the trailing runs."));

	private SummaryTables() {
	}

	static Table wonVsInvoiced(List<CurrencyVolume> volumes, RunFigures figures) {
		Map<String, CurrencyVolume> byCurrency = new TreeMap<>();
		volumes.forEach((v) -> byCurrency.put(v.currency(), v));
		figures.revenueAtRisk().keySet().forEach((c) -> byCurrency.putIfAbsent(c, emptyVolume(c)));
		figures.overBilled().keySet().forEach((c) -> byCurrency.putIfAbsent(c, emptyVolume(c)));
		List<TableRow> rows = new ArrayList<>();
		long deals = 0;
		for (CurrencyVolume v : byCurrency.values()) {
			String c = v.currency();
			rows.add(TableRow.of(null, c, Long.toString(v.wonDeals()), Amounts.format(v.crmWon(), c),
					Amounts.format(v.erpInvoiced(), c), Amounts.format(figures.revenueAtRisk().getOrDefault(c, zero(c)), c),
					Amounts.format(figures.overBilled().getOrDefault(c, zero(c)), c)));
			deals += v.wonDeals();
		}
		rows.add(TableRow.total(null, "All", Long.toString(deals), null, null, null, null));
		return new Table("won-vs-invoiced", "CRM won against ERP invoiced", List.of("Currency", "Won deals", "CRM won",
				"ERP invoiced", "Revenue at risk", "Over-billed"), List.of(false, true, true, true, true, true), rows,
				"CRM won: won deals in the run's scope (" + figures.scope() + "). ERP invoiced: live invoice lines "
						+ "that reference those deals, in the currency they were billed in. Revenue at risk and "
						+ "over-billed are the run's summary.json figures.");
	}

	static Table findingsByClass(RunFigures figures) {
		List<TableRow> rows = new ArrayList<>();
		figures.findings().forEach((finding, count) -> rows.add(TableRow.of(null, finding, Long.toString(count),
				MEANING.getOrDefault(finding, ""))));
		rows.add(TableRow.total(null, "All findings", Long.toString(figures.findingCount()), null));
		return new Table("findings-by-class", "Findings by class", List.of("Finding", "Findings", "What it means"),
				List.of(false, true, false), rows, null);
	}

	static Table findingsByCurrency(List<FindingTotal> totals) {
		Map<String, List<FindingTotal>> byCurrency = new TreeMap<>();
		totals.forEach((t) -> byCurrency.computeIfAbsent(t.currency(), (c) -> new ArrayList<>()).add(t));
		List<TableRow> rows = new ArrayList<>();
		byCurrency.forEach((c, list) -> {
			long count = 0;
			BigDecimal atRisk = zero(c);
			BigDecimal overBilled = zero(c);
			for (FindingTotal t : list) {
				rows.add(TableRow.of(c, t.finding(), Long.toString(t.count()), Amounts.format(t.atRisk(), c),
						Amounts.format(t.overBilled(), c)));
				count += t.count();
				atRisk = atRisk.add(t.atRisk());
				overBilled = overBilled.add(t.overBilled());
			}
			rows.add(TableRow.total(c, "Total " + c, Long.toString(count), Amounts.withCode(atRisk, c),
					Amounts.withCode(overBilled, c)));
		});
		return new Table("findings-by-currency", "Findings by currency: counts and amounts",
				List.of("Finding", "Findings", "Revenue at risk", "Over-billed"), List.of(false, true, true, true), rows,
				"A finding is counted in the currency of its amounts (an orphan invoice in the invoice's currency).");
	}

	static Table trend(List<RunRecord> runs) {
		List<TableRow> rows = new ArrayList<>();
		for (RunRecord run : runs) {
			RunFigures f = run.figures();
			rows.add(TableRow.of(null, Long.toString(run.runId()), run.finished().format(MINUTE),
					Long.toString(f.dealsInScope()), Long.toString(f.matchedDeals()), percent(f.matchRatePercent()),
					Amounts.list(f.revenueAtRisk(), "\n")));
		}
		if (runs.size() > 1) {
			BigDecimal first = runs.get(0).figures().matchRatePercent();
			BigDecimal last = runs.get(runs.size() - 1).figures().matchRatePercent();
			String change = (first != null && last != null) ? last.subtract(first).toPlainString() + " pts" : "–";
			rows.add(TableRow.total(null, null, "First to last run", null, null,
					(change.startsWith("-") || change.equals("–")) ? change : "+" + change, null));
		}
		return new Table("trend-runs", "Runs in the trend", List.of("Run", "Finished", "Deals in scope", "Matched",
				"Match rate", "Revenue at risk"), List.of(true, false, true, true, true, true), rows, null);
	}

	static String percent(BigDecimal percent) {
		return (percent != null) ? percent.toPlainString() + "%" : "–";
	}

	private static CurrencyVolume emptyVolume(String currency) {
		return new CurrencyVolume(currency, 0, zero(currency), zero(currency));
	}

	private static BigDecimal zero(String currency) {
		return CurrencyScale.zero(currency);
	}

}
