package io.meshline.jobs.backfill;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A batch's staging area as the stage step writes it. {@link #open} undoes whatever a failed
 * execution wrote after its last committed chunk; {@link #stage} may be called again for the same
 * records after a transient failure and must leave them there once.
 */
interface StagingArea {

	void open(ExecutionContext context);

	void stage(List<PlannedInvoice> invoices);

	void update(ExecutionContext context);

	void close();

}
