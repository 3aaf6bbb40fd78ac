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
 * Reads the candidates of a batch: the source run's {@code MISSING_IN_ERP} findings in the sample
 * slice, each joined to the deal the run staged, as invoices billed to the customer the run's
 * crosswalk maps the account to, and, through the primary keys of the write ledger and the
 * batches, to the batch holding the key on the target. The deal is found through the primary key
 * of {@code ML_CRM_DEAL} (a {@code MISSING_IN_ERP} finding's group is its deal's CRM line), which
 * the findings' order walks forward, rather than through the deal id index, whose order is the
 * ids'. The findings are read in their primary key's order, a page at a time past the last group
 * read (see {@link PlanPages} for why), so no read sorts the run; the plan table puts them in key
 * order. A restart reads again and skips the candidates of the committed chunks (the findings of a
 * completed run do not change). Unlike the plan's reads, it reads on the step's own thread: the
 * step stores each chunk in the same embedded database, and a page read meanwhile on a second
 * thread contends with those inserts for HSQLDB's row cache (the step took longer, not less).
 * Not thread-safe.
 */
class CandidateReader extends AbstractItemCountingItemStreamItemReader<CandidateReader.Candidate> {

	private static final String SELECT = "SELECT f.GROUP_SEQ, f.CRM_ID, d.ACCOUNT_ID, d.ACCOUNT_NAME, d.DEAL_NAME, "
			+ "d.AMOUNT, d.CURRENCY, d.CLOSE_DATE, d.OWNER, l.STATE AS LEDGER_STATE, l.BATCH_ID AS HOLDER, "
			+ "b.STATUS AS HOLDER_STATUS FROM ML_FINDING f "
			+ "JOIN ML_CRM_DEAL d ON d.RUN_ID = f.RUN_ID AND d.LINE_NO = f.GROUP_SEQ AND d.DEAL_ID = f.CRM_ID "
			+ WriteLedger.holderOf("f.CRM_ID")
			+ " WHERE f.RUN_ID = ? AND f.FINDING = 'MISSING_IN_ERP'";

	private static final String ORDER = " ORDER BY f.RUN_ID, f.GROUP_SEQ, f.ITEM_NO";

	private static final String FIRST_PAGE = SELECT + ORDER + " FETCH FIRST " + PlanPages.PAGE + " ROWS ONLY";

	private static final String NEXT_PAGE = SELECT + " AND f.GROUP_SEQ > ?" + ORDER + " FETCH FIRST "
			+ PlanPages.PAGE + " ROWS ONLY";

	private static final String ONE_GROUP = SELECT + " AND f.GROUP_SEQ = ?" + ORDER;

	private final JdbcTemplate jdbc;

	private final long fromRun;

	private final String ledgerName;

	private final SampleSlice slice;

	/** A whole-set slice: no key needs hashing to know it is in. */
	private final boolean wholeSet;

	private final Map<String, String> crosswalk;

	private List<Row> page = List.of();

	private int index;

	private Long lastGroup;

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

	/** A finding's group and its candidate. */
	private record Row(long group, Candidate candidate) {
	}

	@Override
	protected void doOpen() {
		this.page = List.of();
		this.index = 0;
		this.lastGroup = null;
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
	 * The page after the last one read, ending on a whole group (a group cut by the page's end is
	 * read whole); an empty list past the last.
	 */
	private List<Row> nextPage() {
		if (this.exhausted) {
			return List.of();
		}
		List<Row> rows = new ArrayList<>((this.lastGroup == null)
				? this.jdbc.query(FIRST_PAGE, this::row, this.ledgerName, this.fromRun)
				: this.jdbc.query(NEXT_PAGE, this::row, this.ledgerName, this.fromRun, this.lastGroup));
		this.exhausted = rows.size() < PlanPages.PAGE;
		if (!this.exhausted) {
			long last = rows.get(rows.size() - 1).group();
			rows.removeIf((r) -> r.group() == last);
			rows.addAll(this.jdbc.query(ONE_GROUP, this::row, this.ledgerName, this.fromRun, last));
		}
		if (!rows.isEmpty()) {
			this.lastGroup = rows.get(rows.size() - 1).group();
		}
		return rows;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("CURRENCY").trim();
		String accountId = rs.getString("ACCOUNT_ID");
		String accountName = rs.getString("ACCOUNT_NAME");
		String accountKey = (accountId != null && !accountId.isBlank()) ? accountId : accountName;
		PlannedInvoice invoice = new PlannedInvoice(rs.getString("CRM_ID"), accountId, accountName,
				rs.getString("DEAL_NAME"), CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency), currency,
				rs.getObject("CLOSE_DATE", LocalDate.class), rs.getString("OWNER"),
				(accountKey != null) ? this.crosswalk.get(accountKey) : null);
		String ledgerState = rs.getString("LEDGER_STATE");
		return new Row(rs.getLong("GROUP_SEQ"), new Candidate(invoice,
				(ledgerState != null) ? WriteLedger.state(ledgerState, rs.getString("HOLDER_STATUS")) : null,
				rs.getObject("HOLDER", Long.class)));
	}

	@Override
	protected void doClose() {
		this.page = List.of();
	}

}
