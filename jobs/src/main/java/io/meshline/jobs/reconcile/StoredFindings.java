package io.meshline.jobs.reconcile;

import java.sql.ResultSet;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.model.Rejection;
import io.meshline.core.reconcile.Finding;

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
				(ResultSet rs) -> consumer.accept(FindingRow.read(rs)), this.runId);
	}

	/** The findings placed after {@code groupSeq}, in report order: those steps after classification added. */
	void forEachFindingAfter(long groupSeq, Consumer<Finding> consumer) {
		this.jdbc.query("SELECT * FROM ML_FINDING WHERE RUN_ID = ? AND GROUP_SEQ > ? ORDER BY GROUP_SEQ, ITEM_NO",
				(ResultSet rs) -> consumer.accept(FindingRow.read(rs)), this.runId, groupSeq);
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

}
