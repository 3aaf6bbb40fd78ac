package io.meshline.jobs.reconcile;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts kept in the step execution contexts of a run: the last execution of a step holds them
 * whole, where per-execution counters of a restarted step would count only its own part.
 */
final class RunCounts {

	private final JobRepository jobRepository;

	private final JobInstance run;

	RunCounts(JobRepository jobRepository, JobInstance run) {
		this.jobRepository = jobRepository;
		this.run = run;
	}

	/** The context of the run's classify step: rows read, accepted and rejected per side, deal counts. */
	ExecutionContext classifyStep() {
		return contextOf(ReconcileJobConfiguration.CLASSIFY_STEP);
	}

	private ExecutionContext contextOf(String stepName) {
		// The last execution of the step in this run, whichever job execution ran it.
		StepExecution step = this.jobRepository.getLastStepExecution(this.run, stepName);
		return (step != null) ? step.getExecutionContext() : new ExecutionContext();
	}

}
