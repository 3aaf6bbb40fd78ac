package io.meshline.jobs.backfill;

import java.io.PrintStream;
import java.util.function.LongFunction;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.meshline.jobs.support.StartOrResume;

/**
 * Starts a backfill batch, or resumes the last batch of the same definition if it did not complete
 * (see {@link StartOrResume}). Callers hold the data directory lock.
 */
@Component
public class BackfillLauncher {

	private static final String NOUN = "Batch";

	private final StartOrResume startOrResume;

	private final Job backfillJob;

	public BackfillLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("backfillJob") Job backfillJob) {
		this.startOrResume = new StartOrResume(jobOperator, jobRepository);
		this.backfillJob = backfillJob;
	}

	public JobExecution launch(BackfillParameters request, LongFunction<String> outForNewRun, PrintStream log)
			throws Exception {
		return this.startOrResume.launch(this.backfillJob, request, BackfillParameters::from, outForNewRun, NOUN, log);
	}

	/** Restarts an execution that did not complete, recovering it first if a dead process left it running. */
	public JobExecution resume(JobExecution last, PrintStream log) throws Exception {
		return this.startOrResume.resume(last, NOUN, log);
	}

}
