package io.meshline.jobs.backfill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.backfill.BackfillBatches.PlanRow;

/**
 * Takes a chunk of the plan in key order: adds its rows to {@code plan.csv} and, unless the batch is
 * a dry run, writes its included invoices (every key claimed by the batch) into the batch's staging
 * area, through the guard (retries, circuit breaker), and records them in the audit trail and the
 * count of staged invoices, in the chunk's transaction. Both files keep a retried or replayed chunk
 * once. Not thread-safe.
 */
class StageWriter implements ItemStreamWriter<PlanRow> {

	/** The records staged so far, in the step's execution context. */
	static final String STAGED = "staged.records";

	private final long batchId;

	private final boolean dryRun;

	private final BackfillTarget target;

	private final TargetGuard guard;

	private final AuditTrail audit;

	private final CommittedFile planCsv;

	private final String why;

	private StagingArea area;

	private long staged;

	StageWriter(long batchId, BackfillParameters parameters, BackfillTarget target, TargetGuard guard,
			AuditTrail audit) {
		this.batchId = batchId;
		this.dryRun = parameters.dryRun();
		this.target = target;
		this.guard = guard;
		this.audit = audit;
		this.why = PlanStepsConfiguration.why(parameters);
		this.planCsv = new CommittedFile(Path.of(parameters.outDir()).resolve("plan.csv"), "plan.csv.bytes");
	}

	@Override
	public void open(ExecutionContext context) {
		this.staged = context.getLong(STAGED, 0L);
		this.planCsv.open(context);
		if (this.planCsv.length() == 0) {
			// The header alone, so that a plan with no candidates still has its file.
			this.planCsv.append((file) -> PlanCsvWriter.append(file, List.of(), this.why, this.target));
		}
		if (!this.dryRun) {
			this.area = this.target.stagingArea(this.batchId);
			this.area.open(context);
		}
	}

	@Override
	public void write(Chunk<? extends PlanRow> chunk) {
		List<PlanRow> rows = new ArrayList<>(chunk.getItems());
		this.planCsv.append((file) -> PlanCsvWriter.append(file, rows, this.why, this.target));
		List<PlannedInvoice> invoices = new ArrayList<>(rows.size());
		for (PlanRow row : rows) {
			if (row.included()) {
				invoices.add(row.invoice());
			}
		}
		if (this.dryRun || invoices.isEmpty()) {
			return;
		}
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
		this.planCsv.update(context);
		if (this.area != null) {
			this.area.update(context);
		}
	}

	@Override
	public void close() {
		if (this.area != null) {
			this.area.close();
		}
	}

}
