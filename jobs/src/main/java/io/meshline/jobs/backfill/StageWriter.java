package io.meshline.jobs.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import io.meshline.jobs.audit.AuditTrail;

/**
 * Writes a chunk of planned invoices into the batch's staging area, through the guard (retries,
 * circuit breaker), then marks their keys {@code STAGED} in the write ledger in the chunk's
 * transaction. Only keys the batch still holds as {@code PLANNED} are staged, so a chunk replayed
 * after a restart never stages a key twice. Not thread-safe.
 */
class StageWriter implements ItemStreamWriter<PlannedInvoice> {

	private final WriteLedger ledger;

	private final long batchId;

	private final BackfillTarget target;

	private final TargetGuard guard;

	private final AuditTrail audit;

	private StagingArea area;

	StageWriter(WriteLedger ledger, long batchId, BackfillTarget target, TargetGuard guard, AuditTrail audit) {
		this.audit = audit;
		this.ledger = ledger;
		this.batchId = batchId;
		this.target = target;
		this.guard = guard;
	}

	@Override
	public void open(ExecutionContext context) {
		this.area = this.target.stagingArea(this.batchId);
		this.area.open(context);
	}

	@Override
	public void write(Chunk<? extends PlannedInvoice> chunk) {
		List<String> keys = new ArrayList<>(chunk.size());
		for (PlannedInvoice invoice : chunk) {
			keys.add(invoice.dealId());
		}
		Set<String> planned = this.ledger.plannedOf(this.target.ledgerName(), this.batchId, keys);
		List<PlannedInvoice> toStage = new ArrayList<>(planned.size());
		for (PlannedInvoice invoice : chunk) {
			if (planned.contains(invoice.dealId())) {
				toStage.add(invoice);
			}
		}
		if (toStage.isEmpty()) {
			return;
		}
		this.guard.call(() -> this.area.stage(toStage));
		this.ledger.markStaged(this.target.ledgerName(), this.batchId, planned);
		// One event per chunk, in the chunk's transaction: the count and a digest of its keys.
		this.audit.append(AuditTrail.BACKFILL_STAGED, "backfill batch " + this.batchId, planned.size()
				+ " invoices staged for " + this.target.location() + "; keys sha256 " + AuditTrail.digestOfKeys(planned));
	}

	@Override
	public void update(ExecutionContext context) {
		this.area.update(context);
	}

	@Override
	public void close() {
		if (this.area != null) {
			this.area.close();
		}
	}

}
