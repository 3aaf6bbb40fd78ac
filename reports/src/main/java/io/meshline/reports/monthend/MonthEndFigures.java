package io.meshline.reports.monthend;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.meshline.reports.data.BackfillBatchLine;
import io.meshline.reports.data.QueueLine;
import io.meshline.reports.data.CurrencyVolume;
import io.meshline.reports.data.FindingTotal;
import io.meshline.reports.data.ReportStore;
import io.meshline.reports.data.RunFigures;
import io.meshline.reports.data.RunRecord;
import io.meshline.reports.risk.RevenueAtRisk;

/**
 * Everything the month-end pack prints. Point-in-time figures (summary, revenue at risk) come from
 * the month's latest completed reconcile run, whose inputs are the latest exports; the cover lists
 * every run of the month; the trend shows the last {@value #TREND_RUNS} runs up to the month end.
 * Immutable.
 *
 * @param month the month
 * @param runsOfMonth every reconcile run that finished in the month, oldest first; never empty
 * @param figuresRun the run the point-in-time figures come from (the latest of the month)
 * @param trendRuns the runs of the trend, oldest first
 * @param volumes CRM won against ERP invoiced per currency, of the figures run
 * @param findingTotals findings per class and currency, of the figures run
 * @param risk the figures run's revenue at risk, aged to the month end
 * @param backfill the backfill batches that changed in the month, a line per batch and currency
 * @param queues the exceptions per owner queue: open and overdue at {@code asOf}, resolved in the month
 * @param asOf when the open exceptions were counted (the time the pack was made)
 */
public record MonthEndFigures(YearMonth month, List<RunRecord> runsOfMonth, RunRecord figuresRun,
		List<RunRecord> trendRuns, List<CurrencyVolume> volumes, List<FindingTotal> findingTotals, RevenueAtRisk risk,
		List<BackfillBatchLine> backfill, List<QueueLine> queues, LocalDateTime asOf) {

	/** How many runs the trend shows at most. */
	public static final int TREND_RUNS = 12;

	/**
	 * Reads the month's figures and checks they add up to the figures run's {@code summary.json}.
	 * @throws NoRunsException when no reconcile run finished in the month
	 * @throws IllegalStateException when the stored findings disagree with the stored summary
	 */
	public static MonthEndFigures gather(ReportStore store, YearMonth month) {
		LocalDateTime from = month.atDay(1).atStartOfDay();
		LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
		List<RunRecord> runs = store.runsFinishedBetween(from, to);
		if (runs.isEmpty()) {
			throw new NoRunsException("No reconcile run completed in " + month + ", so there is nothing to report. "
					+ "'meshline jobs list' shows the runs there are.");
		}
		RunRecord latest = runs.get(runs.size() - 1);
		LocalDateTime now = LocalDateTime.now().withNano(0);
		long runId = latest.runId();
		List<FindingTotal> totals = store.findingTotals(runId);
		RevenueAtRisk risk = new RevenueAtRisk(store.riskItems(runId), month.atEndOfMonth());
		verify(latest, totals, risk);
		return new MonthEndFigures(month, runs, latest, store.lastRunsBefore(to, TREND_RUNS),
				store.volumes(runId), totals, risk, store.backfillBatchesBetween(from, to),
				store.exceptionQueues().lines(now, from, to), now);
	}

	/** Refuses a report whose tables would not agree with the run's summary.json to the cent. */
	public static void verify(RunRecord run, List<FindingTotal> totals, RevenueAtRisk risk) {
		RunFigures figures = run.figures();
		Map<String, BigDecimal> atRisk = new TreeMap<>();
		Map<String, BigDecimal> overBilled = new TreeMap<>();
		Map<String, Long> counts = new TreeMap<>();
		for (FindingTotal t : totals) {
			add(atRisk, t.currency(), t.atRisk());
			add(overBilled, t.currency(), t.overBilled());
			counts.merge(t.finding(), t.count(), Long::sum);
		}
		same(run, "revenue at risk", figures.revenueAtRisk(), atRisk);
		same(run, "revenue at risk (by deal)", figures.revenueAtRisk(), risk.totals());
		same(run, "over-billed", figures.overBilled(), overBilled);
		figures.findings().forEach((finding, count) -> {
			if (count.longValue() != counts.getOrDefault(finding, 0L)) {
				throw disagree(run, finding + " findings", count, counts.getOrDefault(finding, 0L));
			}
		});
	}

	private static void add(Map<String, BigDecimal> map, String currency, BigDecimal amount) {
		if (amount.signum() != 0) {
			map.merge(currency, amount, BigDecimal::add);
		}
	}

	private static void same(RunRecord run, String what, Map<String, BigDecimal> summary,
			Map<String, BigDecimal> stored) {
		Map<String, BigDecimal> nonZero = new TreeMap<>();
		summary.forEach((c, a) -> add(nonZero, c, a));
		if (!nonZero.keySet().equals(stored.keySet())) {
			throw disagree(run, what, nonZero, stored);
		}
		nonZero.forEach((currency, amount) -> {
			if (amount.compareTo(stored.get(currency)) != 0) {
				throw disagree(run, what + " in " + currency, amount, stored.get(currency));
			}
		});
	}

	private static IllegalStateException disagree(RunRecord run, String what, Object summary, Object stored) {
		return new IllegalStateException("Run " + run.runId() + "'s stored findings do not agree with its summary.json: "
				+ what + " is " + summary + " in the summary but " + stored + " in the findings. "
				+ "Run the reconciliation again before reporting on it.");
	}

	/** No reconcile run finished in the month asked for. */
	public static final class NoRunsException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		public NoRunsException(String message) {
			super(message);
		}

	}

}
