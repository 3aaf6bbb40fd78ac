package io.meshline.jobs.backfill;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import io.meshline.jobs.audit.AuditTrail;

/**
 * Writes a chunk of planned invoices (a run of the plan in key order, every key claimed by the
 * batch) into the batch's staging area, through the guard (retries, circuit breaker), and records
 * the chunk in the audit trail and the count of staged invoices, in the chunk's transaction. The
 * staging area keeps a retried or replayed chunk once. Not thread-safe.
 */
class StageWriter implements ItemStreamWriter<PlannedInvoice> {

	/** The records staged so far, in the step's execution context. */
	static final String STAGED = "staged.records";

	private final long batchId;

	private final BackfillTarget target;

	private final TargetGuard guard;

	private final AuditTrail audit;

	private StagingArea area;

	private long staged;

	StageWriter(long batchId, BackfillTarget target, TargetGuard guard, AuditTrail audit) {
		this.audit = audit;
		this.batchId = batchId;
		this.target = target;
		this.guard = guard;
	}

	@Override
	public void open(ExecutionContext context) {
		this.staged = context.getLong(STAGED, 0L);
		this.area = this.target.stagingArea(this.batchId);
		this.area.open(context);
	}

	@Override
	public void write(Chunk<? extends PlannedInvoice> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		List<PlannedInvoice> invoices = new ArrayList<>(chunk.getItems());
		this.guard.call(() -> this.area.stage(invoices));
		this.staged += invoices.size();
		List<String> keys = new ArrayList<>(invoices.size());
		for (PlannedInvoice invoice : invoices) {
			keys.add(invoice.dealId());
		}
		// One event per chunk, in the chunk's transaction: the count and a digest of its keys.
		this.audit.append(AuditTrail.BACKFILL_STAGED, "backfill batch " + this.batchId, keys.size()
				+ " invoices staged for " + this.target.location() + "; keys sha256 " + AuditTrail.digestOfKeys(keys));
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(STAGED, this.staged);
		this.area.update(context);
	}

	@Override
	public void close() {
		if (this.area != null) {
			this.area.close();
		}
	}

}
