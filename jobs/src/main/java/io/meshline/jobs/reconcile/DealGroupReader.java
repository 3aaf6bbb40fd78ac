package io.meshline.jobs.reconcile;

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
 * Streams a run's staged deals and invoices as {@link DealGroup}s: first every deal, in file order,
 * with the invoices that reference it; then the invoices that reference no deal, by reference,
 * handed out in slices since a ledger may have very many. Memory holds one group at a time.
 * Restart re-reads and skips the groups already committed. Not thread-safe.
 */
public class DealGroupReader extends AbstractItemCountingItemStreamItemReader<NumberedGroup> {

	private static final int ORPHAN_SLICE = 1_000;

	private final DataSource dataSource;

	private final long runId;

	private Connection connection;

	private PreparedStatement statement;

	private ResultSet rows;

	private boolean orphanPass;

	private boolean hasRow;

	public DealGroupReader(DataSource dataSource, long runId) {
		this.dataSource = dataSource;
		this.runId = runId;
		setName("dealGroupReader");
	}

	@Override
	protected void doOpen() throws Exception {
		this.connection = this.dataSource.getConnection();
		this.connection.setReadOnly(true);
		// HSQLDB builds the whole result when the query runs (on disk past
		// hsqldb.result_max_memory_rows), so the read needs no open transaction; holding one would
		// block the automatic checkpoint, and the checkpoint would block the step's writes: a deadlock.
		// PostgreSQL streams with a fetch size only inside a transaction, and has no such checkpoint.
		boolean hsqldb = this.connection.getMetaData().getDatabaseProductName().startsWith("HSQL");
		this.connection.setAutoCommit(hsqldb);
		query(DealGroupQueries.DEALS_WITH_LINES);
		this.orphanPass = false;
	}

	@Override
	protected NumberedGroup doRead() throws Exception {
		if (!this.hasRow && !this.orphanPass) {
			closeQuery();
			query(DealGroupQueries.LINES_WITHOUT_DEAL);
			this.orphanPass = true;
		}
		if (!this.hasRow) {
			return null;
		}
		DealGroup group = this.orphanPass ? readOrphans() : readDeal();
		return new NumberedGroup(getCurrentItemCount(), group);
	}

	private DealGroup readDeal() throws Exception {
		CrmDeal deal = StagedRows.deal(this.rows);
		List<ErpInvoice> lines = new ArrayList<>();
		do {
			ErpInvoice line = StagedRows.line(this.rows);
			if (line != null) {
				lines.add(line);
			}
			this.hasRow = this.rows.next();
		}
		while (this.hasRow && this.rows.getLong("D_LINE") == deal.line());
		return new DealGroup(deal.dealId(), deal, StagedRows.invoices(lines));
	}

	/** Lines of one reference, cut at an invoice boundary once a slice is full. */
	private DealGroup readOrphans() throws Exception {
		String reference = this.rows.getString("DEAL_REF");
		long rejectedDealLine = this.rows.getLong("REJECTED_DEAL_LINE");
		Long rejectedDeal = this.rows.wasNull() ? null : rejectedDealLine;
		List<ErpInvoice> lines = new ArrayList<>();
		String lastInvoice = null;
		do {
			ErpInvoice line = StagedRows.line(this.rows);
			if (lines.size() >= ORPHAN_SLICE && !line.invoiceId().equals(lastInvoice)) {
				break;
			}
			lines.add(line);
			lastInvoice = line.invoiceId();
			this.hasRow = this.rows.next();
		}
		while (this.hasRow && this.rows.getString("DEAL_REF").equals(reference));
		return new DealGroup(reference, null, StagedRows.invoices(lines), rejectedDeal);
	}

	private void query(String sql) throws Exception {
		this.statement = this.connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
		this.statement.setFetchSize(1_000);
		this.statement.setLong(1, this.runId);
		this.rows = this.statement.executeQuery();
		this.hasRow = this.rows.next();
	}

	private void closeQuery() throws Exception {
		try (PreparedStatement s = this.statement; ResultSet r = this.rows) {
			// closed by try-with-resources, the result set first
		}
	}

	@Override
	protected void doClose() throws Exception {
		try (Connection c = this.connection) {
			closeQuery();
		}
		finally {
			this.connection = null;
			this.statement = null;
			this.rows = null;
			this.hasRow = false;
		}
	}

}
