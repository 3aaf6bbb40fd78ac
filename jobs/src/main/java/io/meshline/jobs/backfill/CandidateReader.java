package io.meshline.jobs.backfill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import io.meshline.core.backfill.SampleSlice;
import io.meshline.core.money.CurrencyScale;

/**
 * Reads the candidates of a batch in deal id order: the source run's {@code MISSING_IN_ERP}
 * findings in the sample slice, joined to the deals the run staged and, through its primary key, to
 * the write ledger of the target. One streamed query; a restart runs it again and skips the
 * candidates of the committed chunks (the findings of a completed run do not change). Not
 * thread-safe.
 */
class CandidateReader extends AbstractItemCountingItemStreamItemReader<CandidateReader.Candidate> {

	private static final String SOURCE = "SELECT f.CRM_ID, d.ACCOUNT_ID, d.ACCOUNT_NAME, d.DEAL_NAME, d.AMOUNT, "
			+ "d.CURRENCY, d.CLOSE_DATE, d.OWNER, l.STATE, l.BATCH_ID FROM ML_FINDING f "
			+ "JOIN ML_CRM_DEAL d ON d.RUN_ID = f.RUN_ID AND d.DEAL_ID = f.CRM_ID "
			+ "LEFT JOIN ML_WRITE_LEDGER l ON l.TARGET = ? AND l.IDEMPOTENCY_KEY = f.CRM_ID "
			+ "WHERE f.RUN_ID = ? AND f.FINDING = 'MISSING_IN_ERP' ORDER BY f.CRM_ID";

	private final DataSource dataSource;

	private final long fromRun;

	private final String ledgerName;

	private final SampleSlice slice;

	private final Map<String, String> crosswalk;

	private StreamedQuery query;

	/**
	 * @param crosswalk the source run's crosswalk, account key to ERP customer
	 */
	CandidateReader(DataSource dataSource, long fromRun, String ledgerName, SampleSlice slice,
			Map<String, String> crosswalk) {
		this.dataSource = dataSource;
		this.fromRun = fromRun;
		this.ledgerName = ledgerName;
		this.slice = slice;
		this.crosswalk = crosswalk;
		setName("backfillCandidateReader");
	}

	/**
	 * A deal to plan, with the ledger's row for its key on the target, if any.
	 * @param ledgerState {@code null} when no batch holds the key
	 * @param holder the batch holding the key, or {@code null}
	 */
	record Candidate(PlannedInvoice invoice, String ledgerState, Long holder) {
	}

	@Override
	protected void doOpen() throws Exception {
		this.query = StreamedQuery.open(this.dataSource, SOURCE, this.ledgerName, this.fromRun);
	}

	@Override
	protected Candidate doRead() throws Exception {
		while (this.query.next()) {
			ResultSet rs = this.query.row();
			if (this.slice.includes(rs.getString("CRM_ID"))) {
				return candidate(rs);
			}
		}
		return null;
	}

	private Candidate candidate(ResultSet rs) throws SQLException {
		String currency = rs.getString("CURRENCY").trim();
		String accountId = rs.getString("ACCOUNT_ID");
		String accountName = rs.getString("ACCOUNT_NAME");
		String accountKey = (accountId != null && !accountId.isBlank()) ? accountId : accountName;
		PlannedInvoice invoice = new PlannedInvoice(rs.getString("CRM_ID"), accountId, accountName,
				rs.getString("DEAL_NAME"), CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency), currency,
				rs.getObject("CLOSE_DATE", LocalDate.class), rs.getString("OWNER"),
				(accountKey != null) ? this.crosswalk.get(accountKey) : null);
		return new Candidate(invoice, rs.getString("STATE"), rs.getObject("BATCH_ID", Long.class));
	}

	@Override
	protected void doClose() throws Exception {
		if (this.query != null) {
			this.query.close();
			this.query = null;
		}
	}

}
