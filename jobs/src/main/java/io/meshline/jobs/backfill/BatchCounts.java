package io.meshline.jobs.backfill;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.meshline.jobs.backfill.BackfillBatches.Batch;

/**
 * How many deals a batch planned, left out, staged and wrote, over all its executions: the counts
 * its steps committed with each chunk (counting a large batch's rows again would read all of them);
 * a promoted batch wrote every key it planned.
 */
@Component
public class BatchCounts {

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	public BatchCounts(DataSource dataSource, JobRepository jobRepository) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jobRepository = jobRepository;
	}

	public record Counts(long planned, long leftOut, long staged, long written) {
	}

	public Counts of(long batchId) {
		long planned = committed(this.jobRepository, batchId, PlanStepsConfiguration.PLAN_STEP, PlanWriter.INCLUDED);
		long rows = committed(this.jobRepository, batchId, PlanStepsConfiguration.PLAN_STEP, PlanWriter.ROWS);
		Batch batch = new BackfillBatches(this.jdbc).find(batchId);
		boolean promoted = batch != null && BackfillBatches.PROMOTED.equals(batch.status());
		return new Counts(planned, rows - planned,
				committed(this.jobRepository, batchId, BackfillJobConfiguration.STAGE_STEP, StageWriter.STAGED),
				promoted ? planned : 0L);
	}

	/** A count a step of the batch committed in its execution context; 0 when the step never ran. */
	static long committed(JobRepository jobRepository, long batchId, String step, String key) {
		JobInstance instance = jobRepository.getJobInstance(batchId);
		StepExecution last = (instance != null) ? jobRepository.getLastStepExecution(instance, step) : null;
		return (last != null) ? last.getExecutionContext().getLong(key, 0L) : 0L;
	}

}
