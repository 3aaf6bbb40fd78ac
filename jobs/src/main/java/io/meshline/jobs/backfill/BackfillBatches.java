package io.meshline.jobs.backfill;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.money.CurrencyScale;

/** {@code ML_BACKFILL_BATCH} and {@code ML_BACKFILL_PLAN}: what each batch planned and where it stands. */
final class BackfillBatches {

	static final String PLANNED = "PLANNED";

	static final String DRY_RUN = "DRY_RUN";

	static final String STAGED = "STAGED";

	static final String PROMOTED = "PROMOTED";

	static final String GATE_FAILED = "GATE_FAILED";

	private final JdbcTemplate jdbc;

	BackfillBatches(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A batch as recorded when it was planned. */
	record Batch(long batchId, long fromRun, String targetKind, String target, String targetUrl, boolean dryRun,
			String samplePercent, Path outDir, String status, String message) {

		BackfillTarget openTarget() {
			return BackfillTargets.of(this.targetKind, this.targetUrl, this.outDir);
		}

	}

	void record(long batchId, BackfillParameters p, BackfillTarget target, String status) {
		this.jdbc.update("DELETE FROM ML_BACKFILL_BATCH WHERE BATCH_ID = ?", batchId);
		this.jdbc.update("INSERT INTO ML_BACKFILL_BATCH (BATCH_ID, FROM_RUN, TARGET_KIND, TARGET, TARGET_URL, DRY_RUN, "
				+ "SAMPLE_PCT, OUT_DIR, STATUS, UPDATED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batchId, p.fromRun(),
				p.targetKind(), target.ledgerName(), p.targetUrl(), p.dryRun(), p.samplePercent(), p.outDir(), status,
				Timestamp.from(Instant.now()));
	}

	void setStatus(long batchId, String status, String message) {
		this.jdbc.update("UPDATE ML_BACKFILL_BATCH SET STATUS = ?, MESSAGE = ?, UPDATED = ? WHERE BATCH_ID = ?", status,
				message, Timestamp.from(Instant.now()), batchId);
	}

	/** The batch, or {@code null} when none has that id. */
	Batch find(long batchId) {
		List<Batch> found = this.jdbc.query("SELECT * FROM ML_BACKFILL_BATCH WHERE BATCH_ID = ?",
				(rs, n) -> new Batch(rs.getLong("BATCH_ID"), rs.getLong("FROM_RUN"), rs.getString("TARGET_KIND"),
						rs.getString("TARGET"), rs.getString("TARGET_URL"), rs.getBoolean("DRY_RUN"),
						rs.getString("SAMPLE_PCT"), Path.of(rs.getString("OUT_DIR")), rs.getString("STATUS"),
						rs.getString("MESSAGE")),
				batchId);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * Adds a chunk of plan rows, in one JDBC batch. A row keeps only its own note: the text every row
	 * shares (the finding, the run, the target's record) is put together again for {@code plan.csv},
	 * since storing it on each of a million rows made the plan table twice as large to write and read.
	 */
	void addToPlan(long batchId, List<PlanRow> rows) {
		// Typed setters: the generic ones look up each value's SQL type, a cost per cell at this volume.
		this.jdbc.batchUpdate("INSERT INTO ML_BACKFILL_PLAN (BATCH_ID, DEAL_ID, INCLUDED, REASON, ACCOUNT_ID, "
				+ "ACCOUNT_NAME, DEAL_NAME, AMOUNT, CURRENCY, CLOSE_DATE, OWNER, ERP_CUSTOMER) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
					PlannedInvoice p = row.invoice();
					ps.setLong(1, batchId);
					ps.setString(2, p.dealId());
					ps.setBoolean(3, row.included());
					ps.setString(4, row.note());
					ps.setString(5, p.accountId());
					ps.setString(6, p.accountName());
					ps.setString(7, p.dealName());
					ps.setBigDecimal(8, p.amount());
					ps.setString(9, p.currency());
					ps.setDate(10, Date.valueOf(p.closeDate()));
					ps.setString(11, p.owner());
					ps.setString(12, p.erpCustomer());
				});
	}

	/** The invoices the batch plans to write, by deal id in key order. */
	Map<String, PlannedInvoice> included(long batchId) {
		Map<String, PlannedInvoice> plan = new LinkedHashMap<>();
		this.jdbc.query("SELECT * FROM ML_BACKFILL_PLAN WHERE BATCH_ID = ? AND INCLUDED = TRUE ORDER BY DEAL_ID",
				(ResultSet rs) -> {
					PlannedInvoice p = invoice(rs);
					plan.put(p.dealId(), p);
				}, batchId);
		return plan;
	}

	/** The keys the batch plans to write. */
	List<String> includedKeys(long batchId) {
		return this.jdbc.queryForList("SELECT DEAL_ID FROM ML_BACKFILL_PLAN WHERE BATCH_ID = ? AND INCLUDED = TRUE",
				String.class, batchId);
	}

	static PlannedInvoice invoice(ResultSet rs) throws SQLException {
		String currency = rs.getString("CURRENCY").trim();
		return new PlannedInvoice(rs.getString("DEAL_ID"), rs.getString("ACCOUNT_ID"), rs.getString("ACCOUNT_NAME"),
				rs.getString("DEAL_NAME"), CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency), currency,
				rs.getObject("CLOSE_DATE", java.time.LocalDate.class), rs.getString("OWNER"),
				rs.getString("ERP_CUSTOMER"));
	}

	static PlanRow planRow(ResultSet rs) throws SQLException {
		return new PlanRow(invoice(rs), rs.getBoolean("INCLUDED"), rs.getString("REASON"));
	}

	/**
	 * One deal of a plan: written or left out, and why.
	 * @param note what is particular to this deal: why it is left out, or the approval it was held
	 * for; empty when it is written for no other reason than the finding
	 */
	record PlanRow(PlannedInvoice invoice, boolean included, String note) {

		/** Why the deal is in the plan, then what is particular to it. */
		String reason(String why) {
			if (this.note.isEmpty()) {
				return why;
			}
			// A row stored by an earlier version holds the whole reason.
			return this.note.startsWith(why) ? this.note : why + "; " + this.note;
		}

	}

}
