package io.meshline.jobs.reconcile;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts kept in the step execution contexts of a run. They are committed with the chunks they
 * count, so they stay right across restarts, where per-execution counters start again at zero.
 */
final class RunCounts {

	private final JobRepository jobRepository;

	private final JobInstance run;

	RunCounts(JobRepository jobRepository, JobInstance run) {
		this.jobRepository = jobRepository;
		this.run = run;
	}

	/** The rows the load step {@code stepName} has read, in all executions of this run. */
	long rowsRead(String stepName) {
		return contextOf(stepName).getLong(StagingWriter.ROWS, 0L);
	}

	long recodedLines(String stepName, String readerName) {
		return contextOf(stepName).getLong(readerName + ".recoded.lines", 0L);
	}

	long classified(String key) {
		return contextOf(ReconcileJobConfiguration.CLASSIFY_STEP).getLong(key, 0L);
	}

	private ExecutionContext contextOf(String stepName) {
		// The last execution of the step in this run, whichever job execution ran it.
		StepExecution step = this.jobRepository.getLastStepExecution(this.run, stepName);
		return (step != null) ? step.getExecutionContext() : new ExecutionContext();
	}

}
