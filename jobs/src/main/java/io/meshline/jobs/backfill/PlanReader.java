package io.meshline.jobs.backfill;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a batch's planned invoices in key order for the stage step, in one streamed query (a page
 * query per chunk would look up its start again each time). A restart runs the query again and
 * skips the invoices of the committed chunks. Not thread-safe.
 */
class PlanReader extends AbstractItemCountingItemStreamItemReader<PlannedInvoice> {

	private final DataSource dataSource;

	private final long batchId;

	private IncludedPlan plan;

	PlanReader(DataSource dataSource, long batchId) {
		this.dataSource = dataSource;
		this.batchId = batchId;
		setName("backfillPlanReader");
	}

	@Override
	protected void doOpen() throws Exception {
		this.plan = IncludedPlan.open(this.dataSource, this.batchId);
	}

	@Override
	protected PlannedInvoice doRead() throws Exception {
		return this.plan.next();
	}

	@Override
	protected void doClose() throws Exception {
		if (this.plan != null) {
			this.plan.close();
			this.plan = null;
		}
	}

}
