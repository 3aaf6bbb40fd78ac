package io.meshline.jobs.reconcile.partition;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.Rejection;
import io.meshline.core.reconcile.Finding;
import io.meshline.jobs.reconcile.Text;

/**
 * Stores what the partitions produced: findings in {@code ML_FINDING}, policy decisions in
 * {@code ML_POLICY_DECISION}, the deals of missing invoices and money at risk in {@code ML_CRM_DEAL} (backfill plans
 * from them, the reports name their accounts), repeated deal ids in {@code ML_REJECT}. Used by one
 * thread; each partition's rows commit together.
 */
public class ResultWriter {

	private static final String INSERT_FINDING = """
			INSERT INTO ML_FINDING (RUN_ID, GROUP_SEQ, ITEM_NO, FINDING, CRM_ID, ERP_IDS, CRM_ACCOUNT, ERP_CUSTOMER,
			  CURRENCY, CRM_AMOUNT, ERP_AMOUNT, DELTA, CLOSE_DATE, FIRST_INVOICE_DATE, OWNER, AT_RISK, OVER_BILLED, DETAIL)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";


	private static final String INSERT_DECISION = "INSERT INTO ML_POLICY_DECISION (RUN_ID, DEAL_ID, RULE_ID, GROUP_SEQ, "
			+ "ACTION, MESSAGE) VALUES (?, ?, ?, ?, ?, ?)";

	private static final int[] DECISION_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR };

	private static final String INSERT_DEAL = "INSERT INTO ML_CRM_DEAL (RUN_ID, LINE_NO, DEAL_ID, ACCOUNT_ID, "
			+ "ACCOUNT_NAME, DEAL_NAME, STAGE, WON, AMOUNT, CURRENCY, CLOSE_DATE, OWNER, MISSING_IN_ERP) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";


	private static final int BATCH = 2_000;

	private final JdbcTemplate jdbc;

	private final long runId;

	private final PlatformTransactionManager transactionManager;

	private final TransactionTemplate transaction;

	private final RejectSink repeatedIds;

	public ResultWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
		this.transactionManager = transactionManager;
		this.transaction = new TransactionTemplate(transactionManager);
		this.repeatedIds = new RejectSink(jdbc, transactionManager, runId, "CRM");
	}

	PlatformTransactionManager transactionManager() {
		return this.transactionManager;
	}

	TransactionTemplate transaction() {
		return this.transaction;
	}

	/** Removes what an earlier, interrupted attempt of this run stored. */
	void clearRun() {
		this.transaction.executeWithoutResult((status) -> clear());
	}

	private void clear() {
		for (String table : new String[] { "ML_FINDING", "ML_POLICY_DECISION", "ML_CRM_DEAL", "ML_REJECT",
				"ML_RUN_VOLUME" }) {
			this.jdbc.update("DELETE FROM " + table + " WHERE RUN_ID = ?", this.runId);
		}
	}

	/** Stores one partition's result in one transaction: a commit per row would cost a disk sync each. */
	protected void write(PartitionResult result) {
		this.transaction.executeWithoutResult((status) -> store(result));
	}

	private void store(PartitionResult result) {
		this.jdbc.batchUpdate(INSERT_FINDING, result.findings, BATCH, this::setFinding);
		this.jdbc.batchUpdate(INSERT_DEAL, result.findingDeals, BATCH, this::setDeal);
		insert(INSERT_DECISION, DECISION_TYPES, result.decisions,
				(placed) -> new Object[] { this.runId, placed.dealId(), placed.decision().ruleId(), placed.seq(),
						placed.decision().action().name(), Text.fit(placed.decision().message(), 4096) });
		for (Rejection rejection : result.repeatedIds) {
			this.repeatedIds.add(rejection);
		}
		this.repeatedIds.flush();
	}

	/** Inserts a row per item, {@value #BATCH} rows to a JDBC batch. */
	private <T> void insert(String sql, int[] types, List<T> items, Function<T, Object[]> row) {
		List<Object[]> rows = new ArrayList<>(Math.min(BATCH, items.size()));
		for (T item : items) {
			rows.add(row.apply(item));
			if (rows.size() == BATCH) {
				this.jdbc.batchUpdate(sql, rows, types);
				rows.clear();
			}
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows, types);
		}
	}

	// Typed setters rather than rows of objects: the generic path looked up a type per value and was
	// a sixth of the time this thread spent storing.
	private void setFinding(PreparedStatement ps, PartitionResult.PlacedFinding placed) throws SQLException {
		Finding f = placed.finding();
		ps.setLong(1, this.runId);
		ps.setLong(2, placed.seq());
		ps.setInt(3, placed.item());
		ps.setString(4, f.type().name());
		ps.setString(5, (f.crmId() != null) ? f.crmId() : "");
		ps.setString(6, String.join("|", f.erpIds()));
		ps.setString(7, Text.fit(f.crmAccount(), 1024));
		ps.setString(8, Text.fit(f.erpCustomer(), 4096));
		ps.setString(9, f.currency());
		ps.setBigDecimal(10, f.crmAmount());
		ps.setBigDecimal(11, f.erpAmount());
		ps.setBigDecimal(12, f.delta());
		ps.setDate(13, date(f.closeDate()));
		ps.setDate(14, date(f.firstInvoiceDate()));
		ps.setString(15, Text.fit(f.owner(), 256));
		ps.setBigDecimal(16, f.atRisk());
		ps.setBigDecimal(17, f.overBilled());
		ps.setString(18, Text.fit(f.detail(), 16384));
	}

	private void setDeal(PreparedStatement ps, PartitionResult.FindingDeal stored) throws SQLException {
		CrmDeal d = stored.deal();
		ps.setLong(1, this.runId);
		ps.setLong(2, d.line());
		ps.setString(3, d.dealId());
		ps.setString(4, d.accountId());
		ps.setString(5, Text.fit(d.accountName(), 1024));
		ps.setString(6, Text.fit(d.dealName(), 1024));
		ps.setString(7, Text.fit(d.stage(), 256));
		ps.setBoolean(8, d.won());
		ps.setBigDecimal(9, d.amount());
		ps.setString(10, d.currency());
		ps.setDate(11, date(d.closeDate()));
		ps.setString(12, Text.fit(d.owner(), 256));
		ps.setBoolean(13, stored.missingInErp());
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
