package io.meshline.jobs.backfill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.jobs.backfill.BackfillBatches.PlanRow;
import io.meshline.jobs.backfill.ClaimReader.Entry;

/**
 * Settles a chunk of the plan, in key order: a key another batch already claimed or wrote for this
 * target is left out (whatever else the plan said), and past {@code --max-writes} included keys the
 * rest are left out; the batch claims the keys it still includes in the write ledger (not on a dry
 * run). The changed rows and the claims commit in the chunk's
 * transaction, with the counts of rows and included keys so far; {@code plan.csv} gets the chunk's rows after the last committed chunk's. Not
 * thread-safe.
 */
class ClaimWriter implements ItemStreamWriter<Entry> {

	static final String INCLUDED = "plan.included";

	static final String ROWS = "plan.rows";

	private final JdbcTemplate jdbc;

	private final long batchId;

	private final BackfillParameters parameters;

	private final BackfillTarget target;

	private final String why;

	private final CommittedFile planCsv;

	private long included;

	private long planned;

	/**
	 * @param why why every candidate is in the plan, as the plan step wrote it
	 */
	ClaimWriter(JdbcTemplate jdbc, long batchId, BackfillParameters parameters, BackfillTarget target, String why) {
		this.jdbc = jdbc;
		this.batchId = batchId;
		this.parameters = parameters;
		this.target = target;
		this.why = why;
		this.planCsv = new CommittedFile(Path.of(parameters.outDir()).resolve("plan.csv"), "plan.csv.bytes");
	}

	@Override
	public void open(ExecutionContext context) {
		this.included = context.getLong(INCLUDED, 0L);
		this.planned = context.getLong(ROWS, 0L);
		this.planCsv.open(context);
		if (this.planCsv.length() == 0) {
			// The header alone, so that a plan with no candidates still has its file.
			this.planCsv.append((file) -> PlanCsvWriter.append(file, List.of()));
		}
	}

	@Override
	public void write(Chunk<? extends Entry> chunk) {
		List<PlanRow> rows = new ArrayList<>(chunk.size());
		List<PlanRow> leftOut = new ArrayList<>();
		List<String> claims = new ArrayList<>(chunk.size());
		for (Entry entry : chunk) {
			PlanRow row = entry.row();
			String skip = heldByAnother(entry);
			if (skip == null && row.included() && this.parameters.maxWrites() != null
					&& this.included >= this.parameters.maxWrites()) {
				skip = "beyond --max-writes " + this.parameters.maxWrites();
			}
			if (skip != null) {
				row = new PlanRow(row.invoice(), false, this.why + "; left out: " + skip, row.targetRecord());
				leftOut.add(row);
			}
			else if (row.included()) {
				claims.add(row.invoice().dealId());
				this.included++;
			}
			rows.add(row);
		}
		this.planned += rows.size();
		new BackfillBatches(this.jdbc).leaveOut(this.batchId, leftOut);
		if (!this.parameters.dryRun()) {
			new WriteLedger(this.jdbc).claim(this.target.ledgerName(), this.batchId, claims);
		}
		this.planCsv.append((file) -> PlanCsvWriter.append(file, rows));
	}

	private String heldByAnother(Entry entry) {
		Long holder = entry.holder();
		if (entry.ledgerState() == null || holder == null || holder == this.batchId) {
			return null;
		}
		return WriteLedger.WRITTEN.equals(entry.ledgerState())
				? "already written to " + this.target.ledgerName() + " by batch " + holder
				: "claimed by batch " + holder + " (" + entry.ledgerState() + "), not yet promoted";
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(INCLUDED, this.included);
		context.putLong(ROWS, this.planned);
		this.planCsv.update(context);
	}

}
