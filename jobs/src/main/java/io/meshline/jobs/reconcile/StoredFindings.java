package io.meshline.jobs.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.model.Rejection;
import io.meshline.core.money.CurrencyScale;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/** Reads a run's findings and rejections back from the database, in their report order. */
final class StoredFindings {

	private final JdbcTemplate jdbc;

	private final long runId;

	StoredFindings(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	void forEachFinding(Consumer<Finding> consumer) {
		this.jdbc.query("SELECT * FROM ML_FINDING WHERE RUN_ID = ? ORDER BY GROUP_SEQ, ITEM_NO",
				(ResultSet rs) -> consumer.accept(finding(rs)), this.runId);
	}

	/** CRM rejections first, then ERP, each in line order. */
	void forEachRejection(Consumer<Rejection> consumer) {
		this.jdbc.query("SELECT * FROM ML_REJECT WHERE RUN_ID = ? ORDER BY CASE SIDE WHEN 'CRM' THEN 0 ELSE 1 END, LINE_NO",
				(ResultSet rs) -> consumer.accept(new Rejection(rs.getString("FILE_NAME"), rs.getLong("LINE_NO"),
						rs.getString("COLUMN_NAME"), rs.getString("REASON"), rs.getString("RAW_LINE"),
						rs.getString("RECORD_ID"))),
				this.runId);
	}

	long count(String table, String side) {
		String sql = "SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?" + ((side != null) ? " AND SIDE = ?" : "");
		Object[] args = (side != null) ? new Object[] { this.runId, side } : new Object[] { this.runId };
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0L;
	}

	private static Finding finding(ResultSet rs) throws SQLException {
		String currency = rs.getString("CURRENCY").trim();
		String erpIds = rs.getString("ERP_IDS");
		List<String> ids = erpIds.isEmpty() ? List.of() : Arrays.asList(erpIds.split("\\|", -1));
		return new Finding(FindingType.valueOf(rs.getString("FINDING")), rs.getString("CRM_ID"), ids,
				rs.getString("CRM_ACCOUNT"), rs.getString("ERP_CUSTOMER"), currency,
				money(rs.getBigDecimal("CRM_AMOUNT"), currency), money(rs.getBigDecimal("ERP_AMOUNT"), currency),
				money(rs.getBigDecimal("DELTA"), currency), rs.getObject("CLOSE_DATE", LocalDate.class),
				rs.getObject("FIRST_INVOICE_DATE", LocalDate.class), rs.getString("OWNER"),
				money(rs.getBigDecimal("AT_RISK"), currency), money(rs.getBigDecimal("OVER_BILLED"), currency),
				rs.getString("DETAIL"));
	}

	private static BigDecimal money(BigDecimal stored, String currency) {
		return (stored != null) ? CurrencyScale.atScale(stored, currency) : null;
	}

}
