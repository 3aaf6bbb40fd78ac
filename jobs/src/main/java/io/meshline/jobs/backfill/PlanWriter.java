package io.meshline.jobs.backfill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * was reached). In the chunk's transaction it stores the rows, claims the included keys in the write
 * ledger (not on a dry run) and remembers how many it included; {@code plan.csv} gets the chunk's
 * rows after the last committed chunk's. Not thread-safe.
 */
class PlanWriter implements ItemStreamWriter<Candidate> {

	private static final String INCLUDED = "plan.included";

	private final JdbcTemplate jdbc;

	private final long batchId;

	private final BackfillParameters parameters;

	private final BackfillTarget target;

	private final PolicyHolds holds;

	private final String why;

	private final CommittedFile planCsv;

	private long included;

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
		this.planCsv = new CommittedFile(Path.of(parameters.outDir()).resolve("plan.csv"), "plan.csv.bytes");
	}

	@Override
	public void open(ExecutionContext context) {
		this.included = context.getLong(INCLUDED, 0L);
		this.planCsv.open(context);
		if (this.planCsv.length() == 0) {
			// The header alone, so that a plan with no candidates still has its file.
			this.planCsv.append((file) -> PlanCsvWriter.append(file, List.of()));
		}
		new BackfillBatches(this.jdbc).record(this.batchId, this.parameters, this.target,
				this.parameters.dryRun() ? BackfillBatches.DRY_RUN : BackfillBatches.PLANNED);
	}

	@Override
	public void write(Chunk<? extends Candidate> chunk) {
		List<PlanRow> rows = new ArrayList<>(chunk.size());
		List<String> claims = new ArrayList<>(chunk.size());
		for (Candidate candidate : chunk) {
			PlannedInvoice invoice = candidate.invoice();
			String skip = skipReason(candidate);
			if (skip == null) {
				claims.add(invoice.dealId());
				this.included++;
			}
			String approval = this.holds.approval(invoice.dealId());
			String reason = (skip != null) ? this.why + "; left out: " + skip
					: (approval != null) ? this.why + "; " + approval : this.why;
			rows.add(new PlanRow(invoice, skip == null, reason, this.target.recordFor(invoice)));
		}
		new BackfillBatches(this.jdbc).addToPlan(this.batchId, rows);
		if (!this.parameters.dryRun()) {
			new WriteLedger(this.jdbc).claim(this.target.ledgerName(), this.batchId, claims);
		}
		this.planCsv.append((file) -> PlanCsvWriter.append(file, rows));
	}

	private String skipReason(Candidate candidate) {
		Long holder = candidate.holder();
		if (candidate.ledgerState() != null && holder != null && holder != this.batchId) {
			return WriteLedger.WRITTEN.equals(candidate.ledgerState())
					? "already written to " + this.target.ledgerName() + " by batch " + holder
					: "claimed by batch " + holder + " (" + candidate.ledgerState() + "), not yet promoted";
		}
		String policyHold = this.holds.reasonToLeaveOut(candidate.invoice().dealId());
		if (policyHold != null) {
			return policyHold;
		}
		String unsupported = this.target.unsupported(candidate.invoice());
		if (unsupported != null) {
			return unsupported;
		}
		Long cap = this.parameters.maxWrites();
		return (cap != null && this.included >= cap) ? "beyond --max-writes " + cap : null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(INCLUDED, this.included);
		this.planCsv.update(context);
	}

}
