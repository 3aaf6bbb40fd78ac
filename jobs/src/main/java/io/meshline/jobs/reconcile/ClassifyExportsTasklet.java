package io.meshline.jobs.reconcile;

import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.jobs.reconcile.partition.PartitionedReconcile;
import io.meshline.jobs.reconcile.partition.ResultWriter;
import io.meshline.jobs.reconcile.partition.SideCounts;

/**
 * {@code classifyDealsStep}: reads both exports, joins and classifies them
 * ({@link PartitionedReconcile}), and keeps the run's counts in the step's context. It stores its
 * rows in batches that commit as they go, and begins by deleting whatever an interrupted attempt of
 * the same run stored, so a restart does the whole step again and never doubles a row.
 */
public class ClassifyExportsTasklet implements Tasklet {

	public static final String DEALS_IN_SCOPE = "deals.in.scope";

	public static final String MATCHED_DEALS = "matched.deals";

	/** The run's {@code DUPLICATE_IN_ERP} findings: the drift step's duplicate rate, without a scan of the findings. */
	public static final String DUPLICATE_FINDINGS = "findings.duplicates";

	private final PartitionedReconcile reconcile;

	private final JdbcTemplate jdbc;

	private final ResultWriter writer;

	private final StepProgress progress;

	ClassifyExportsTasklet(PartitionedReconcile reconcile, JdbcTemplate jdbc, ResultWriter writer,
			StepProgress progress) {
		this.reconcile = reconcile;
		this.jdbc = jdbc;
		this.writer = writer;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		long runId = step.getJobExecution().getJobInstance().getInstanceId();
		PartitionedReconcile.Outcome outcome = this.reconcile.run(this.jdbc, runId, this.writer,
				new PartitionedReconcile.Progress() {

					@Override
					public void rowsRead(long rows) {
						ClassifyExportsTasklet.this.progress.advance(rows);
					}

					@Override
					public void partitionsDone(int done, int total, long startedNanos) {
						ClassifyExportsTasklet.this.progress.parts("partitions classified", done, total, startedNanos);
					}

				});
		ExecutionContext context = step.getExecutionContext();
		put(context, "crm", outcome.crm());
		put(context, "erp", outcome.erp());
		context.putLong(DEALS_IN_SCOPE, outcome.dealsInScope());
		context.putLong(MATCHED_DEALS, outcome.matchedDeals());
		context.putLong(DUPLICATE_FINDINGS, outcome.duplicateFindings());
		context.putInt("partitions", outcome.partitions());
		// a tasklet's contribution counts no reads, and users look for rows read on the step
		step.setReadCount(step.getReadCount() + outcome.crm().read() + outcome.erp().read());
		contribution.incrementWriteCount(outcome.crm().accepted() + outcome.erp().accepted());
		return RepeatStatus.FINISHED;
	}

	private static void put(ExecutionContext context, String side, SideCounts counts) {
		context.putLong(side + ".read", counts.read());
		context.putLong(side + ".accepted", counts.accepted());
		context.putLong(side + ".rejected", counts.rejected());
		context.putLong(side + ".recoded", counts.recoded());
	}

	/** The counts of one side as the step kept them. */
	static SideCounts countsOf(ExecutionContext context, String side) {
		return new SideCounts(context.getLong(side + ".read", 0L), context.getLong(side + ".accepted", 0L),
				context.getLong(side + ".rejected", 0L), context.getLong(side + ".recoded", 0L));
	}

	static Path spillDirectory(String home, long runId) {
		return Path.of(home, "spill", "run-" + runId);
	}

	/** Where the run's findings wait for {@code writeOutputsStep}, which removes them. */
	static Path findingsDirectory(String home, long runId) {
		return Path.of(home, "spill", "run-" + runId + "-findings");
	}

}
