package io.meshline.jobs.reconcile;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.reconcile.DealGroup;

/**
 * Streams a run's staged deals and invoices as {@link DealGroup}s, one per CRM key, summing the
 * lines of each invoice. Memory holds one group at a time; invoices that reference no deal are
 * handed out in slices, since a ledger may have very many of them. Restart re-reads and skips the
 * groups already committed. Not thread-safe.
 */
public class DealGroupReader extends AbstractItemCountingItemStreamItemReader<NumberedGroup> {

	private static final int ORPHAN_SLICE = 1_000;

	private final DataSource dataSource;

	private final long runId;

	private Connection connection;

	private PreparedStatement statement;

	private ResultSet rows;

	private StagedRow next;

	public DealGroupReader(DataSource dataSource, long runId) {
		this.dataSource = dataSource;
		this.runId = runId;
		setName("dealGroupReader");
	}

	@Override
	protected void doOpen() throws Exception {
		this.connection = this.dataSource.getConnection();
		this.connection.setReadOnly(true);
		// HSQLDB builds the whole ordered result when the query runs (on disk past
		// hsqldb.result_max_memory_rows), so the read needs no open transaction; holding one would
		// block the automatic checkpoint, and the checkpoint would block the step's writes: a deadlock.
		// PostgreSQL streams with a fetch size only inside a transaction, and has no such checkpoint.
		boolean hsqldb = this.connection.getMetaData().getDatabaseProductName().startsWith("HSQL");
		this.connection.setAutoCommit(hsqldb);
		this.statement = this.connection.prepareStatement(DealGroupQuery.SQL, ResultSet.TYPE_FORWARD_ONLY,
				ResultSet.CONCUR_READ_ONLY);
		this.statement.setFetchSize(1_000);
		this.statement.setLong(1, this.runId);
		this.statement.setLong(2, this.runId);
		this.rows = this.statement.executeQuery();
		advance();
	}

	@Override
	protected NumberedGroup doRead() throws Exception {
		if (this.next == null) {
			return null;
		}
		String key = this.next.key();
		CrmDeal deal = null;
		List<ErpInvoice> invoices = new ArrayList<>();
		while (this.next != null && this.next.key().equals(key)) {
			if (this.next.isDeal()) {
				deal = (deal == null) ? this.next.toDeal() : deal;
				advance();
			}
			else {
				invoices.add(readInvoice());
				if (deal == null && invoices.size() >= ORPHAN_SLICE) {
					break;
				}
			}
		}
		return new NumberedGroup(getCurrentItemCount(), new DealGroup(key, deal, invoices));
	}

	/** Sums the consecutive lines of one invoice; the first line gives its other columns. */
	private ErpInvoice readInvoice() throws Exception {
		StagedRow first = this.next;
		BigDecimal amount = first.values().amount();
		advance();
		while (this.next != null && !this.next.isDeal() && this.next.key().equals(first.key())
				&& this.next.values().invoiceId().equals(first.values().invoiceId())) {
			amount = amount.add(this.next.values().amount());
			advance();
		}
		return first.toInvoice(amount);
	}

	private void advance() throws Exception {
		this.next = this.rows.next() ? StagedRow.read(this.rows) : null;
	}

	@Override
	protected void doClose() throws Exception {
		try (Connection c = this.connection; PreparedStatement s = this.statement; ResultSet r = this.rows) {
			// closed in reverse order by try-with-resources
		}
		finally {
			this.connection = null;
			this.statement = null;
			this.rows = null;
			this.next = null;
		}
	}

}
