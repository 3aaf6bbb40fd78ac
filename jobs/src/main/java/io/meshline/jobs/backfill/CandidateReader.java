package io.meshline.jobs.backfill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.backfill.SampleSlice;
import io.meshline.core.money.CurrencyScale;

/**
 * Reads the candidates of a batch: the source run's {@code MISSING_IN_ERP} deals in the sample slice,
 * as invoices billed to the customer the run's crosswalk maps the account to, each joined through
 * the primary keys of the write ledger and the batches to the batch holding the key on the target.
 * A run stores the deal of every {@code MISSING_IN_ERP} finding in {@code ML_CRM_DEAL}, marked so,
 * and the candidates are those rows alone, in the primary key's order: joining each to its finding
 * made the read more than twice as long. A run stored by an earlier version, whose deal rows carry
 * no mark, is read through its findings instead ({@link Query#FINDINGS}); a run is stored whole by
 * one attempt of its classify step, so its first deal row tells which. Rows are read a page at a
 * time past the last line read (see {@link PlanPages} for why), so no read sorts the run; the plan
 * table puts them in key order. A restart reads again and skips the candidates of the committed
 * chunks (the deals of a completed run do not change). Unlike the plan's reads, it reads on the
 * step's own thread: the step stores each chunk in the same embedded database, and a page read
 * meanwhile on a second thread contends with those inserts for HSQLDB's row cache (the step took
 * longer, not less). Not thread-safe.
 */
class CandidateReader extends AbstractItemCountingItemStreamItemReader<CandidateReader.Candidate> {

	private static final String COLUMNS = "SELECT d.LINE_NO, d.DEAL_ID, d.ACCOUNT_ID, d.ACCOUNT_NAME, d.DEAL_NAME, "
			+ "d.AMOUNT, d.CURRENCY, d.CLOSE_DATE, d.OWNER, l.STATE AS LEDGER_STATE, l.BATCH_ID AS HOLDER, "
			+ "b.STATUS AS HOLDER_STATUS ";

	/** Whether the run's deal rows carry the mark: {@code null} for a run stored by an earlier version. */
	private static final String MARKED = "SELECT MISSING_IN_ERP FROM ML_CRM_DEAL WHERE RUN_ID = ? "
			+ "ORDER BY RUN_ID, LINE_NO FETCH FIRST 1 ROW ONLY";

	/** The two ways to a run's candidates: a page, the page past a line, and one line's rows whole. */
	private enum Query {

		/** The marked deal rows alone, in the primary key's order. */
		DEALS(COLUMNS + "FROM ML_CRM_DEAL d " + WriteLedger.holderOf("d.DEAL_ID")
				+ " WHERE d.RUN_ID = ? AND d.MISSING_IN_ERP = TRUE", "d.LINE_NO", " ORDER BY d.RUN_ID, d.LINE_NO"),

		/**
		 * Through the findings, for a run stored before the mark: the deal of a {@code MISSING_IN_ERP}
		 * finding is its group's CRM line.
		 */
		FINDINGS(COLUMNS + "FROM ML_FINDING f "
				+ "JOIN ML_CRM_DEAL d ON d.RUN_ID = f.RUN_ID AND d.LINE_NO = f.GROUP_SEQ AND d.DEAL_ID = f.CRM_ID "
				+ WriteLedger.holderOf("f.CRM_ID") + " WHERE f.RUN_ID = ? AND f.FINDING = 'MISSING_IN_ERP'",
				"f.GROUP_SEQ", " ORDER BY f.RUN_ID, f.GROUP_SEQ, f.ITEM_NO");

		private final String firstPage;

		private final String nextPage;

		private final String oneLine;

		Query(String select, String line, String order) {
			String page = " FETCH FIRST " + PlanPages.PAGE + " ROWS ONLY";
			this.firstPage = select + order + page;
			this.nextPage = select + " AND " + line + " > ?" + order + page;
			this.oneLine = select + " AND " + line + " = ?" + order;
		}

		/** The query for the run's candidates, by whether its deal rows carry the mark. */
		static Query forRun(JdbcTemplate jdbc, long runId) {
			List<Boolean> marked = jdbc.queryForList(MARKED, Boolean.class, runId);
			return (!marked.isEmpty() && marked.get(0) == null) ? FINDINGS : DEALS;
		}

	}

	private final JdbcTemplate jdbc;

	private final long fromRun;

	private final String ledgerName;

	private final SampleSlice slice;

	/** A whole-set slice: no key needs hashing to know it is in. */
	private final boolean wholeSet;

	private final Map<String, String> crosswalk;

	private Query query;

	private List<Row> page = List.of();

	private int index;

	private Long lastLine;

	private boolean exhausted;

	/**
	 * @param crosswalk the source run's crosswalk, account key to ERP customer
	 */
	CandidateReader(DataSource dataSource, long fromRun, String ledgerName, SampleSlice slice,
			Map<String, String> crosswalk) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.fromRun = fromRun;
		this.ledgerName = ledgerName;
		this.slice = slice;
		this.wholeSet = "100".equals(slice.percentText());
		this.crosswalk = crosswalk;
		setName("backfillCandidateReader");
	}

	/**
	 * A deal to plan, with the batch holding its key on the target, if any.
	 * @param ledgerState the key's state in the write ledger, {@code null} when no batch holds it
	 * @param holder the batch holding the key, or {@code null}
	 */
	record Candidate(PlannedInvoice invoice, String ledgerState, Long holder) {
	}

	/** A candidate and the CRM line of its deal. */
	private record Row(long line, Candidate candidate) {
	}

	@Override
	protected void doOpen() {
		this.query = Query.forRun(this.jdbc, this.fromRun);
		this.page = List.of();
		this.index = 0;
		this.lastLine = null;
		this.exhausted = false;
	}

	@Override
	protected Candidate doRead() {
		while (true) {
			if (this.index == this.page.size()) {
				this.page = nextPage();
				this.index = 0;
				if (this.page.isEmpty()) {
					return null;
				}
			}
			Candidate candidate = this.page.get(this.index++).candidate();
			if (this.wholeSet || this.slice.includes(candidate.invoice().dealId())) {
				return candidate;
			}
		}
	}

	/**
	 * The page after the last one read, ending on a whole line (the findings of a line cut by the
	 * page's end are read whole); an empty list past the last.
	 */
	private List<Row> nextPage() {
		if (this.exhausted) {
			return List.of();
		}
		List<Row> rows = new ArrayList<>((this.lastLine == null)
				? this.jdbc.query(this.query.firstPage, this::row, this.ledgerName, this.fromRun)
				: this.jdbc.query(this.query.nextPage, this::row, this.ledgerName, this.fromRun, this.lastLine));
		this.exhausted = rows.size() < PlanPages.PAGE;
		if (!this.exhausted) {
			long last = rows.get(rows.size() - 1).line();
			rows.removeIf((r) -> r.line() == last);
			rows.addAll(this.jdbc.query(this.query.oneLine, this::row, this.ledgerName, this.fromRun, last));
		}
		if (!rows.isEmpty()) {
			this.lastLine = rows.get(rows.size() - 1).line();
		}
		return rows;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("CURRENCY").trim();
		String accountId = rs.getString("ACCOUNT_ID");
		String accountName = rs.getString("ACCOUNT_NAME");
		String accountKey = (accountId != null && !accountId.isBlank()) ? accountId : accountName;
		PlannedInvoice invoice = new PlannedInvoice(rs.getString("DEAL_ID"), accountId, accountName,
				rs.getString("DEAL_NAME"), CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency), currency,
				rs.getObject("CLOSE_DATE", LocalDate.class), rs.getString("OWNER"),
				(accountKey != null) ? this.crosswalk.get(accountKey) : null);
		String ledgerState = rs.getString("LEDGER_STATE");
		return new Row(rs.getLong("LINE_NO"), new Candidate(invoice,
				(ledgerState != null) ? WriteLedger.state(ledgerState, rs.getString("HOLDER_STATUS")) : null,
				rs.getObject("HOLDER", Long.class)));
	}

	@Override
	protected void doClose() {
		this.page = List.of();
	}

}
