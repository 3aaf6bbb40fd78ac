package io.meshline.jobs.drift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.drift.RunMetric;
import io.meshline.core.money.CurrencyScale;

/**
 * {@code ML_RUN_METRIC}: computes a run's volumes from its stored volumes and findings, stores them
 * under the run's scope key, and reads the trailing runs of the same scope back.
 */
final class RunMetrics {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcTemplate jdbc;

	RunMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The run's metrics, in a stable order: counts, amounts by currency, rates. The won amounts are
	 * the run's stored volumes, which cover the deals in its scope.
	 * @param duplicates the run's {@code DUPLICATE_IN_ERP} findings as the classify step counted them, or
	 * {@code null} to count the stored ones (a run classified before the step kept the count)
	 */
	List<RunMetric> compute(long runId, long dealsInScope, long matchedDeals, long invoiceLines, Long duplicates) {
		List<RunMetric> metrics = new ArrayList<>();
		metrics.add(new RunMetric(RunMetric.DEALS, null, BigDecimal.valueOf(dealsInScope)));
		metrics.add(new RunMetric(RunMetric.INVOICES, null, BigDecimal.valueOf(invoiceLines)));
		this.jdbc.query("SELECT CURRENCY, AMOUNT FROM ML_RUN_VOLUME WHERE RUN_ID = ? AND MEASURE = 'WON_DEALS' "
				+ "ORDER BY CURRENCY", (rs) -> {
					String currency = rs.getString("CURRENCY").trim();
					metrics.add(new RunMetric(RunMetric.WON_AMOUNT, currency,
							CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency)));
				}, runId);
		if (dealsInScope > 0) {
			metrics.add(new RunMetric(RunMetric.MATCH_RATE, null, percent(matchedDeals, dealsInScope)));
			long duplicateCount = (duplicates != null) ? duplicates
					: count("SELECT COUNT(*) FROM ML_FINDING WHERE RUN_ID = ? AND FINDING = 'DUPLICATE_IN_ERP'", runId)
						.longValue();
			metrics.add(new RunMetric(RunMetric.DUPLICATE_RATE, null, percent(duplicateCount, dealsInScope)));
		}
		return metrics;
	}

	/** Replaces the run's stored metrics. */
	void store(long runId, String scopeKey, List<RunMetric> metrics) {
		this.jdbc.update("DELETE FROM ML_RUN_METRIC WHERE RUN_ID = ?", runId);
		List<Object[]> rows = new ArrayList<>();
		for (RunMetric metric : metrics) {
			rows.add(new Object[] { runId, scopeKey, metric.name(), metric.currency(), metric.value() });
		}
		this.jdbc.batchUpdate("INSERT INTO ML_RUN_METRIC (RUN_ID, SCOPE_KEY, METRIC, CURRENCY, METRIC_VALUE) "
				+ "VALUES (?, ?, ?, ?, ?)", rows);
	}

	/** The newest {@code limit} completed runs of the scope before {@code beforeRun}, newest first. */
	List<Long> trailingRuns(String scopeKey, long beforeRun, int limit) {
		JdbcTemplate limited = new JdbcTemplate(this.jdbc.getDataSource());
		limited.setMaxRows(limit);
		return limited.queryForList("SELECT DISTINCT m.RUN_ID FROM ML_RUN_METRIC m JOIN ML_RUN r ON r.RUN_ID = m.RUN_ID "
				+ "WHERE m.SCOPE_KEY = ? AND m.RUN_ID < ? ORDER BY m.RUN_ID DESC", Long.class, scopeKey, beforeRun);
	}

	/** The stored metrics of each run, by run. */
	Map<Long, List<RunMetric>> metricsOf(List<Long> runs) {
		Map<Long, List<RunMetric>> byRun = new LinkedHashMap<>();
		for (Long run : runs) {
			byRun.put(run, this.jdbc.query("SELECT METRIC, CURRENCY, METRIC_VALUE FROM ML_RUN_METRIC WHERE RUN_ID = ?",
					(rs, row) -> new RunMetric(rs.getString("METRIC"),
							(rs.getString("CURRENCY") != null) ? rs.getString("CURRENCY").trim() : null,
							rs.getBigDecimal("METRIC_VALUE")), run));
		}
		return byRun;
	}

	private BigDecimal count(String sql, long runId) {
		Long count = this.jdbc.queryForObject(sql, Long.class, runId);
		return BigDecimal.valueOf((count != null) ? count : 0L);
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
