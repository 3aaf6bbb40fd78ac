package io.meshline.jobs.backfill;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.jobs.backfill.BackfillBatches.PlanRow;
import io.meshline.jobs.policy.PolicyHolds;

/**
 * Stores a chunk of candidates as plan rows, in one JDBC batch in the chunk's transaction: included,
 * or left out because the run's policy blocks the deal or holds it for an approval not yet given, or
 * the target cannot carry it. What the write ledger says and {@code --max-writes} are decided next,
 * in key order, by {@link ClaimWriter}. Records the batch when the step opens. Not thread-safe.
 */
class PlanWriter implements ItemStreamWriter<PlannedInvoice> {

	private final JdbcTemplate jdbc;

	private final long batchId;

	private final BackfillParameters parameters;

	private final BackfillTarget target;

	private final PolicyHolds holds;

	private final String why;

	/**
	 * @param why why every candidate is in the plan: the finding, the run and the slice
	 */
	PlanWriter(JdbcTemplate jdbc, long batchId, BackfillParameters parameters, BackfillTarget target,
			PolicyHolds holds, String why) {
		this.jdbc = jdbc;
		this.batchId = batchId;
		this.parameters = parameters;
		this.target = target;
		this.holds = holds;
		this.why = why;
	}

	@Override
	public void open(ExecutionContext context) {
		new BackfillBatches(this.jdbc).record(this.batchId, this.parameters, this.target,
				this.parameters.dryRun() ? BackfillBatches.DRY_RUN : BackfillBatches.PLANNED);
	}

	@Override
	public void write(Chunk<? extends PlannedInvoice> chunk) {
		List<PlanRow> rows = new ArrayList<>(chunk.size());
		for (PlannedInvoice invoice : chunk) {
			String skip = this.holds.reasonToLeaveOut(invoice.dealId());
			if (skip == null) {
				skip = this.target.unsupported(invoice);
			}
			String approval = this.holds.approval(invoice.dealId());
			String reason = (skip != null) ? this.why + "; left out: " + skip
					: (approval != null) ? this.why + "; " + approval : this.why;
			rows.add(new PlanRow(invoice, skip == null, reason, this.target.recordFor(invoice)));
		}
		new BackfillBatches(this.jdbc).addToPlan(this.batchId, rows);
	}

}
