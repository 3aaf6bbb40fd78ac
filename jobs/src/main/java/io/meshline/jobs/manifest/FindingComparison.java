package io.meshline.jobs.manifest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares the findings of two runs as multisets of (finding, CRM id, invoice ids, currency,
 * amounts, detail): the database groups and counts them, so runs of millions of findings compare
 * without holding them in memory. Order and group numbers do not matter; a finding twice in one run
 * and once in the other is a difference.
 */
@Component
public class FindingComparison {

	private static final String COLUMNS = "FINDING, CRM_ID, ERP_IDS, CURRENCY, CRM_AMOUNT, ERP_AMOUNT, DELTA, AT_RISK, "
			+ "OVER_BILLED, DETAIL";

	private static final int SHOWN = 50;

	private final JdbcTemplate jdbc;

	public FindingComparison(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** A finding that one run has more often than the other. */
	public record Difference(String text, long original, long replay) {

		public boolean added() {
			return this.replay > this.original;
		}

	}

	/**
	 * @param count findings of the original run
	 * @param differences the first differences (at most 50), in finding order
	 * @param differing how many distinct findings differ in all
	 */
	public record Outcome(long count, List<Difference> differences, long differing) {

		public boolean same() {
			return this.differing == 0;
		}

	}

	/** Whether {@code run} completed (wrote its outputs and its ML_RUN row). */
	public boolean completed(long run) {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM ML_RUN WHERE RUN_ID = ?", Long.class, run);
		return rows != null && rows > 0;
	}

	public Outcome compare(long originalRun, long replayRun) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM ML_FINDING WHERE RUN_ID = ?", Long.class,
				originalRun);
		String sql = "SELECT " + COLUMNS + ", SUM(CASE WHEN RUN_ID = ? THEN 1 ELSE 0 END) AS ORIGINAL, "
				+ "SUM(CASE WHEN RUN_ID = ? THEN 1 ELSE 0 END) AS REPLAY FROM ML_FINDING WHERE RUN_ID IN (?, ?) "
				+ "GROUP BY " + COLUMNS + " HAVING SUM(CASE WHEN RUN_ID = ? THEN 1 ELSE 0 END) "
				+ "<> SUM(CASE WHEN RUN_ID = ? THEN 1 ELSE 0 END) ORDER BY FINDING, CRM_ID, ERP_IDS, DETAIL";
		List<Difference> shown = new ArrayList<>();
		long[] differing = { 0 };
		this.jdbc.query(sql, (ResultSet rs) -> {
			differing[0]++;
			if (shown.size() < SHOWN) {
				shown.add(new Difference(describe(rs), rs.getLong("ORIGINAL"), rs.getLong("REPLAY")));
			}
		}, originalRun, replayRun, originalRun, replayRun, originalRun, replayRun);
		return new Outcome((count != null) ? count : 0L, shown, differing[0]);
	}

	private static String describe(ResultSet rs) throws SQLException {
		StringBuilder text = new StringBuilder(rs.getString("FINDING")).append(' ').append(rs.getString("CRM_ID"));
		if (!rs.getString("ERP_IDS").isEmpty()) {
			text.append(" [").append(rs.getString("ERP_IDS")).append(']');
		}
		text.append(' ').append(rs.getString("CURRENCY").trim());
		amount(text, "crm", rs.getBigDecimal("CRM_AMOUNT"));
		amount(text, "erp", rs.getBigDecimal("ERP_AMOUNT"));
		amount(text, "delta", rs.getBigDecimal("DELTA"));
		return text.append(": ").append(rs.getString("DETAIL")).toString();
	}

	private static void amount(StringBuilder text, String label, BigDecimal amount) {
		if (amount != null) {
			text.append(' ').append(label).append(' ').append(amount.stripTrailingZeros().toPlainString());
		}
	}

}
