package io.meshline.jobs.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.jobs.backfill.BackfillBatches.PlanRow;
import io.meshline.jobs.backfill.CandidateReader.Candidate;
import io.meshline.jobs.policy.PolicyHolds;

/**
 * Plans a chunk of candidates: each becomes a plan row, included or left out with the reason
 * (another batch already claimed or wrote the key for this target, the run's policy blocks the deal
 * or holds it for an approval not yet given, the target cannot carry it, or {@code --max-writes}
 * was reached). In the chunk's transaction it stores the rows in one JDBC batch, claims the included
 * keys in the write ledger in another (not on a dry run) and keeps the counts so far. Records the
 * batch when the step opens. Not thread-safe.
 */
class PlanWriter implements ItemStreamWriter<Candidate> {

	static final String INCLUDED = "plan.included";

	static final String ROWS = "plan.rows";

	private final JdbcTemplate jdbc;

	private final long batchId;

	private final BackfillParameters parameters;

	private final BackfillTarget target;

	private final PolicyHolds holds;

	private final WriteCap cap;

	private long included;

	private long rows;

	/**
	 * @param candidates a fresh reader of the same candidates, for {@code --max-writes}
	 */
	PlanWriter(JdbcTemplate jdbc, long batchId, BackfillParameters parameters, BackfillTarget target,
			PolicyHolds holds, Supplier<CandidateReader> candidates) {
		this.jdbc = jdbc;
		this.batchId = batchId;
		this.parameters = parameters;
		this.target = target;
		this.holds = holds;
		this.cap = (parameters.maxWrites() != null) ? new WriteCap(parameters.maxWrites(), candidates, this::leftOut)
				: null;
	}

	@Override
	public void open(ExecutionContext context) {
		this.included = context.getLong(INCLUDED, 0L);
		this.rows = context.getLong(ROWS, 0L);
		if (this.cap != null) {
			this.cap.open(context);
		}
		new BackfillBatches(this.jdbc).record(this.batchId, this.parameters, this.target,
				this.parameters.dryRun() ? BackfillBatches.DRY_RUN : BackfillBatches.PLANNED);
	}

	@Override
	public void write(Chunk<? extends Candidate> chunk) {
		List<PlanRow> planned = new ArrayList<>(chunk.size());
		List<String> claims = new ArrayList<>(chunk.size());
		for (Candidate candidate : chunk) {
			PlannedInvoice invoice = candidate.invoice();
			String skip = leftOut(candidate);
			if (skip == null && this.cap != null && !this.cap.admits(invoice.dealId(), this.included)) {
				skip = "beyond --max-writes " + this.parameters.maxWrites();
			}
			if (skip == null) {
				claims.add(invoice.dealId());
				this.included++;
			}
			String approval = this.holds.approval(invoice.dealId());
			String note = (skip != null) ? "left out: " + skip : (approval != null) ? approval : "";
			planned.add(new PlanRow(invoice, skip == null, note));
		}
		this.rows += planned.size();
		new BackfillBatches(this.jdbc).addToPlan(this.batchId, planned);
		if (!this.parameters.dryRun()) {
			new WriteLedger(this.jdbc).claim(this.target.ledgerName(), this.batchId, claims);
		}
	}

	/** Why the candidate is left out before {@code --max-writes} counts, or {@code null}. */
	private String leftOut(Candidate candidate) {
		Long holder = candidate.holder();
		if (candidate.ledgerState() != null && holder != null && holder != this.batchId) {
			return WriteLedger.WRITTEN.equals(candidate.ledgerState())
					? "already written to " + this.target.ledgerName() + " by batch " + holder
					: "claimed by batch " + holder + " (" + candidate.ledgerState() + "), not yet promoted";
		}
		String policyHold = this.holds.reasonToLeaveOut(candidate.invoice().dealId());
		return (policyHold != null) ? policyHold : this.target.unsupported(candidate.invoice());
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(INCLUDED, this.included);
		context.putLong(ROWS, this.rows);
		if (this.cap != null) {
			this.cap.update(context);
		}
	}

}
