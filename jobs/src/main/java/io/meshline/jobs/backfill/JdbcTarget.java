package io.meshline.jobs.backfill;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.meshline.core.money.CurrencyScale;

/**
 * An ERP integration table in any JDBC database: {@code ERP_INVOICE_IMPORT}, keyed (unique) on
 * {@code IDEMPOTENCY_KEY}, the CRM deal id. A batch stages its rows in
 * {@code ERP_INVOICE_IMPORT_STAGE} of the same database; promotion copies the staged rows whose key
 * the integration table does not hold, in one transaction. Both tables are created when missing.
 * Credentials come from the URL or {@code MESHLINE_TARGET_USER} / {@code MESHLINE_TARGET_PASSWORD}.
 */
final class JdbcTarget implements BackfillTarget {

	static final String KIND = "jdbc";

	static final String TABLE = "ERP_INVOICE_IMPORT";

	static final String STAGE_TABLE = "ERP_INVOICE_IMPORT_STAGE";

	private static final String COLUMNS = "IDEMPOTENCY_KEY, INVOICE_ID, INVOICE_DATE, CUSTOMER_ID, CUSTOMER_NAME, "
			+ "CURRENCY, AMOUNT, MEMO, BATCH_ID";

	private static final String COLUMN_TYPES = "IDEMPOTENCY_KEY VARCHAR(256) NOT NULL, INVOICE_ID VARCHAR(260) NOT NULL, "
			+ "INVOICE_DATE DATE NOT NULL, CUSTOMER_ID VARCHAR(256), CUSTOMER_NAME VARCHAR(1024), "
			+ "CURRENCY CHAR(3) NOT NULL, AMOUNT DECIMAL(30, 6) NOT NULL, MEMO VARCHAR(1024), BATCH_ID BIGINT NOT NULL";

	private final String url;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private boolean tablesReady;

	JdbcTarget(String url, String user, String password) {
		this.url = url;
		DataSource dataSource = (user != null) ? new DriverManagerDataSource(url, user, password)
				: new DriverManagerDataSource(url);
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String ledgerName() {
		return "jdbc " + withoutOptions(this.url);
	}

	@Override
	public String location() {
		return TABLE + " at " + withoutOptions(this.url);
	}

	@Override
	public String unsupported(PlannedInvoice invoice) {
		return null;
	}

	@Override
	public String recordFor(PlannedInvoice invoice) {
		return TABLE + " row " + invoice.invoiceId() + ", IDEMPOTENCY_KEY " + invoice.dealId() + ", customer "
				+ customerId(invoice) + ", dated " + invoice.closeDate();
	}

	@Override
	public StagingArea stagingArea(long batchId) {
		return new StagingArea() {

			@Override
			public void open(ExecutionContext context) {
			}

			@Override
			public void stage(List<PlannedInvoice> invoices) {
				stageRows(batchId, invoices);
			}

			@Override
			public void update(ExecutionContext context) {
			}

			@Override
			public void close() {
			}

		};
	}

	/** Replaces the batch's staged rows of these keys, in one transaction of the target database. */
	void stageRows(long batchId, List<PlannedInvoice> invoices) {
		ensureTables();
		List<Object[]> keys = new ArrayList<>(invoices.size());
		List<Object[]> rows = new ArrayList<>(invoices.size());
		for (PlannedInvoice p : invoices) {
			keys.add(new Object[] { batchId, p.dealId() });
			rows.add(new Object[] { p.dealId(), p.invoiceId(), Date.valueOf(p.closeDate()), customerId(p),
					p.accountName(), p.currency(), p.amount(), "CRM:" + p.dealId(), batchId });
		}
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.batchUpdate("DELETE FROM " + STAGE_TABLE + " WHERE BATCH_ID = ? AND IDEMPOTENCY_KEY = ?", keys);
			this.jdbc.batchUpdate("INSERT INTO " + STAGE_TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					rows);
		});
	}

	/** The gate reads the staging table with SQL; the plan is not needed to publish it. */
	@Override
	public Publication prepare(long batchId, PlanSource plan) {
		Staged staged = staged(batchId);
		return new Publication() {

			@Override
			public Staged staged() {
				return staged;
			}

			@Override
			public int publish() {
				return publishStaged(batchId);
			}

			@Override
			public void close() {
			}

		};
	}

	private Staged staged(long batchId) {
		ensureTables();
		long[] counts = new long[2];
		Map<String, BigDecimal> totals = new TreeMap<>();
		this.jdbc.query("SELECT CURRENCY, COUNT(*) AS N, SUM(AMOUNT) AS TOTAL FROM " + STAGE_TABLE
				+ " WHERE BATCH_ID = ? GROUP BY CURRENCY", (ResultSet rs) -> {
					String currency = rs.getString("CURRENCY").trim();
					counts[0] += rs.getLong("N");
					totals.put(currency, CurrencyScale.atScale(rs.getBigDecimal("TOTAL"), currency));
				}, batchId);
		Long distinct = this.jdbc.queryForObject(
				"SELECT COUNT(DISTINCT IDEMPOTENCY_KEY) FROM " + STAGE_TABLE + " WHERE BATCH_ID = ?", Long.class,
				batchId);
		return new Staged(counts[0], counts[0] - ((distinct != null) ? distinct : 0L), null, totals, 0);
	}

	/** Copies the staged rows whose key the integration table does not hold, in one transaction. */
	private int publishStaged(long batchId) {
		ensureTables();
		Integer added = this.transactions.execute((status) -> this.jdbc.update("INSERT INTO " + TABLE + " (" + COLUMNS
				+ ") SELECT " + COLUMNS + " FROM " + STAGE_TABLE + " S WHERE S.BATCH_ID = ? AND NOT EXISTS "
				+ "(SELECT 1 FROM " + TABLE + " T WHERE T.IDEMPOTENCY_KEY = S.IDEMPOTENCY_KEY)", batchId));
		return (added != null) ? added : 0;
	}

	@Override
	public Map<String, List<Landed>> readBack(Set<String> keys) {
		ensureTables();
		Map<String, List<Landed>> landed = new HashMap<>();
		this.jdbc.query("SELECT IDEMPOTENCY_KEY, INVOICE_ID, CURRENCY, AMOUNT FROM " + TABLE, (ResultSet rs) -> {
			String key = rs.getString("IDEMPOTENCY_KEY");
			if (keys.contains(key)) {
				String currency = rs.getString("CURRENCY").trim();
				landed.computeIfAbsent(key, (k) -> new ArrayList<>())
					.add(new Landed(rs.getString("INVOICE_ID"), currency,
							CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency)));
			}
		});
		return landed;
	}

	private void ensureTables() {
		if (!this.tablesReady) {
			this.jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (" + COLUMN_TYPES
					+ ", PRIMARY KEY (IDEMPOTENCY_KEY))");
			this.jdbc.execute("CREATE TABLE IF NOT EXISTS " + STAGE_TABLE + " (" + COLUMN_TYPES
					+ ", PRIMARY KEY (BATCH_ID, IDEMPOTENCY_KEY))");
			this.tablesReady = true;
		}
	}

	private static String customerId(PlannedInvoice invoice) {
		return (invoice.erpCustomer() != null) ? invoice.erpCustomer() : invoice.accountId();
	}

	/** The URL without options (which may carry credentials): the database's identity. */
	static String withoutOptions(String url) {
		int cut = url.length();
		for (char c : new char[] { '?', ';' }) {
			int at = url.indexOf(c);
			if (at >= 0) {
				cut = Math.min(cut, at);
			}
		}
		return url.substring(0, cut);
	}

}
