package io.meshline.jobs.backfill;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a batch's planned invoices in key order for the stage step, a page at a time (see
 * {@link PlanPages}). A restart reads again from the first and skips the invoices of the committed
 * chunks. Not thread-safe.
 */
class PlanReader extends AbstractItemCountingItemStreamItemReader<PlannedInvoice> {

	private final JdbcTemplate jdbc;

	private final long batchId;

	private IncludedPlan plan;

	PlanReader(DataSource dataSource, long batchId) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.batchId = batchId;
		setName("backfillPlanReader");
	}

	@Override
	protected void doOpen() {
		this.plan = new IncludedPlan(this.jdbc, this.batchId);
	}

	@Override
	protected PlannedInvoice doRead() {
		return this.plan.next();
	}

	@Override
	protected void doClose() {
		this.plan = null;
	}

}
