package io.meshline.jobs.backfill;

/** A batch's planned invoices, handed out one at a time in key order. */
interface PlanSource {

	/** The next planned invoice, or {@code null} past the last. */
	PlannedInvoice next();

}
