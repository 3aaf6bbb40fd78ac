package io.meshline.reports.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.meshline.core.money.CurrencyScale;

/**
 * Reads what reports need from the Meshline database: completed reconcile runs ({@code ML_RUN}),
 * their findings ({@code ML_FINDING}), the deals that have findings ({@code ML_CRM_DEAL}) and their
 * volumes ({@code ML_RUN_VOLUME}).
 * Plain JDBC, the same SQL on HSQLDB and PostgreSQL. Read-only; thread-safe if the data source is.
 */
public final class ReportStore {

	private static final String RECONCILE_JOB = "reconcileJob";

	private static final String RUN_COLUMNS = "RUN_ID, FINISHED, CRM_PATH, CRM_SHA256, ERP_PATH, ERP_SHA256, OUT_DIR, "
			+ "SUMMARY_JSON";

	private final DataSource dataSource;

	public ReportStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Completed reconcile runs that finished at or after {@code from} and before {@code to}, oldest first. */
	public List<RunRecord> runsFinishedBetween(LocalDateTime from, LocalDateTime to) {
		return runs("SELECT " + RUN_COLUMNS + " FROM ML_RUN WHERE JOB_NAME = ? AND FINISHED >= ? AND FINISHED < ? "
				+ "ORDER BY FINISHED, RUN_ID", RECONCILE_JOB, Timestamp.valueOf(from), Timestamp.valueOf(to));
	}

	/** The last {@code limit} completed reconcile runs that finished before {@code to}, oldest first. */
	public List<RunRecord> lastRunsBefore(LocalDateTime to, int limit) {
		List<RunRecord> newestFirst = runs("SELECT " + RUN_COLUMNS + " FROM ML_RUN WHERE JOB_NAME = ? AND FINISHED < ? "
				+ "ORDER BY FINISHED DESC, RUN_ID DESC", RECONCILE_JOB, Timestamp.valueOf(to));
		List<RunRecord> last = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
		Collections.reverse(last);
		return last;
	}

	/** The completed reconcile run {@code runId}, if there is one. */
	public Optional<RunRecord> run(long runId) {
		return runs("SELECT " + RUN_COLUMNS + " FROM ML_RUN WHERE JOB_NAME = ? AND RUN_ID = ?", RECONCILE_JOB, runId)
			.stream()
			.findFirst();
	}

	/** The findings of a run that put revenue at risk, in finding order. */
	public List<RiskItem> riskItems(long runId) {
		return query("SELECT f.CRM_ID, f.CRM_ACCOUNT, d.ACCOUNT_NAME, f.OWNER, f.CURRENCY, f.AT_RISK, f.CLOSE_DATE "
				// A deal's findings are grouped under its CRM line: the join walks the primary key.
				+ "FROM ML_FINDING f LEFT JOIN ML_CRM_DEAL d ON d.RUN_ID = f.RUN_ID AND d.LINE_NO = f.GROUP_SEQ "
				+ "AND d.DEAL_ID = f.CRM_ID "
				+ "WHERE f.RUN_ID = ? AND f.AT_RISK IS NOT NULL AND f.AT_RISK <> 0 ORDER BY f.GROUP_SEQ, f.ITEM_NO",
				(rs) -> {
					String currency = rs.getString("CURRENCY").trim();
					String account = firstOf(rs.getString("ACCOUNT_NAME"), rs.getString("CRM_ACCOUNT"), "(no account)");
					return new RiskItem(rs.getString("CRM_ID"), account,
							firstOf(rs.getString("OWNER"), null, "(no owner)"), currency,
							CurrencyScale.atScale(rs.getBigDecimal("AT_RISK"), currency),
							rs.getObject("CLOSE_DATE", LocalDate.class));
				}, runId);
	}

	/** Count, revenue at risk and over-billing per finding class and currency. */
	public List<FindingTotal> findingTotals(long runId) {
		return query("SELECT FINDING, CURRENCY, COUNT(*) AS N, SUM(COALESCE(AT_RISK, 0)) AS AT_RISK, "
				+ "SUM(COALESCE(OVER_BILLED, 0)) AS OVER_BILLED FROM ML_FINDING WHERE RUN_ID = ? "
				+ "GROUP BY FINDING, CURRENCY ORDER BY CURRENCY, FINDING", (rs) -> {
					String currency = rs.getString("CURRENCY").trim();
					return new FindingTotal(rs.getString("FINDING"), currency, rs.getLong("N"),
							CurrencyScale.atScale(rs.getBigDecimal("AT_RISK"), currency),
							CurrencyScale.atScale(rs.getBigDecimal("OVER_BILLED"), currency));
				}, runId);
	}

	/**
	 * Per currency: won deals in the run's scope and their amount, and the live invoice lines that
	 * reference them (counted in the currency they were billed in).
	 */
	public List<CurrencyVolume> volumes(long runId) {
		Map<String, CurrencyVolume> byCurrency = new TreeMap<>();
		for (Object[] row : query("SELECT CURRENCY, ROW_COUNT, AMOUNT FROM ML_RUN_VOLUME WHERE RUN_ID = ? "
				+ "AND MEASURE = 'WON_DEALS'", ReportStore::currencySum, runId)) {
			String currency = (String) row[0];
			byCurrency.put(currency, new CurrencyVolume(currency, (Long) row[1], (BigDecimal) row[2],
					CurrencyScale.zero(currency)));
		}
		for (Object[] row : query("SELECT CURRENCY, ROW_COUNT, AMOUNT FROM ML_RUN_VOLUME WHERE RUN_ID = ? "
				+ "AND MEASURE = 'BILLED_LINES'", ReportStore::currencySum, runId)) {
			String currency = (String) row[0];
			CurrencyVolume won = byCurrency.getOrDefault(currency,
					new CurrencyVolume(currency, 0, CurrencyScale.zero(currency), null));
			byCurrency.put(currency, new CurrencyVolume(currency, won.wonDeals(), won.crmWon(), (BigDecimal) row[2]));
		}
		return List.copyOf(byCurrency.values());
	}

	private static Object[] currencySum(ResultSet rs) throws SQLException {
		String currency = rs.getString(1).trim();
		return new Object[] { currency, rs.getLong(2), CurrencyScale.atScale(rs.getBigDecimal(3), currency) };
	}

	private List<RunRecord> runs(String sql, Object... args) {
		return query(sql, (rs) -> new RunRecord(rs.getLong("RUN_ID"), rs.getTimestamp("FINISHED").toLocalDateTime(),
				rs.getString("CRM_PATH"), rs.getString("CRM_SHA256"), rs.getString("ERP_PATH"),
				rs.getString("ERP_SHA256"), rs.getString("OUT_DIR"), RunFigures.parse(rs.getString("SUMMARY_JSON"))),
				args);
	}

	/** Backfill batches that changed in {@code [from, to)}, one line per batch and planned currency. */
	public List<BackfillBatchLine> backfillBatchesBetween(LocalDateTime from, LocalDateTime to) {
		return query("SELECT b.BATCH_ID, b.FROM_RUN, b.TARGET_KIND, b.DRY_RUN, b.SAMPLE_PCT, b.STATUS, b.UPDATED, "
				+ "p.CURRENCY, COUNT(p.DEAL_ID) AS N, SUM(p.AMOUNT) AS TOTAL FROM ML_BACKFILL_BATCH b "
				+ "LEFT OUTER JOIN ML_BACKFILL_PLAN p ON p.BATCH_ID = b.BATCH_ID AND p.INCLUDED "
				+ "WHERE b.UPDATED >= ? AND b.UPDATED < ? GROUP BY b.BATCH_ID, b.FROM_RUN, b.TARGET_KIND, b.DRY_RUN, "
				+ "b.SAMPLE_PCT, b.STATUS, b.UPDATED, p.CURRENCY ORDER BY b.BATCH_ID, p.CURRENCY",
				(rs) -> new BackfillBatchLine(rs.getLong("BATCH_ID"), rs.getLong("FROM_RUN"), rs.getString("TARGET_KIND"),
						rs.getBoolean("DRY_RUN"), rs.getString("SAMPLE_PCT"), rs.getString("STATUS"),
						rs.getTimestamp("UPDATED").toLocalDateTime(),
						(rs.getString("CURRENCY") != null) ? rs.getString("CURRENCY").trim() : null, rs.getLong("N"),
						rs.getBigDecimal("TOTAL")),
				Timestamp.valueOf(from), Timestamp.valueOf(to));
	}

	/** The exceptions per owner queue, from the same database. */
	public ExceptionQueues exceptionQueues() {
		return new ExceptionQueues(this.dataSource);
	}

	private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			List<T> rows = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(mapper.map(rs));
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the report data from the Meshline database: "
					+ ex.getMessage(), ex);
		}
	}

	private static String firstOf(String first, String second, String fallback) {
		if (first != null && !first.isBlank()) {
			return first;
		}
		return (second != null && !second.isBlank()) ? second : fallback;
	}

	@FunctionalInterface
	private interface RowMapper<T> {

		T map(ResultSet rs) throws SQLException;

	}

}
