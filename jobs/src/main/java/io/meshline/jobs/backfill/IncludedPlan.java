package io.meshline.jobs.backfill;

import org.springframework.jdbc.core.JdbcTemplate;

/** The invoices a batch plans to write, read from {@code ML_BACKFILL_PLAN} in key order. Not thread-safe. */
final class IncludedPlan implements PlanSource {

	private final PlanPages<PlannedInvoice> pages;

	IncludedPlan(JdbcTemplate jdbc, long batchId) {
		this.pages = PlanPages.included(jdbc, batchId);
	}

	@Override
	public PlannedInvoice next() {
		return this.pages.next();
	}

}
