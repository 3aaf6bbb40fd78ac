package io.meshline.jobs.backfill;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The invoices a batch plans to write, streamed from {@code ML_BACKFILL_PLAN} in key order (the
 * primary key's order), one at a time. Not thread-safe; close it to free its connection.
 */
final class IncludedPlan implements PlanSource, AutoCloseable {

	private static final String SQL = "SELECT * FROM ML_BACKFILL_PLAN WHERE BATCH_ID = ? AND INCLUDED = TRUE "
			+ "ORDER BY DEAL_ID";

	private final long batchId;

	private final StreamedQuery query;

	private IncludedPlan(long batchId, StreamedQuery query) {
		this.batchId = batchId;
		this.query = query;
	}

	static IncludedPlan open(DataSource dataSource, long batchId) {
		try {
			return new IncludedPlan(batchId, StreamedQuery.open(dataSource, SQL, batchId));
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("Reading the plan of batch " + batchId, SQL, ex);
		}
	}

	@Override
	public PlannedInvoice next() {
		try {
			return this.query.next() ? BackfillBatches.invoice(this.query.row()) : null;
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("Reading the plan of batch " + this.batchId, SQL, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.query.close();
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("Closing the plan of batch " + this.batchId, SQL, ex);
		}
	}

}
