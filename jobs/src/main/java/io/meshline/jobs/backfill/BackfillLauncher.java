package io.meshline.jobs.backfill;

import java.io.PrintStream;
import java.util.function.Function;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts a backfill batch, or resumes the last batch of the same definition if it did not complete,
 * so the same command run again after a crash carries on from the last committed chunk. An
 * execution left {@code STARTED} by a killed process is recovered first, out loud. Callers hold the
 * data directory lock, which is what makes such an execution certainly stale.
 */
@Component
public class BackfillLauncher {

	private static final int RECENT_BATCHES = 200;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job backfillJob;

	public BackfillLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("backfillJob") Job backfillJob) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.backfillJob = backfillJob;
	}

	public JobExecution launch(BackfillParameters request, Function<Long, String> outForNewRun, PrintStream log)
			throws Exception {
		long lastSeq = 0;
		for (JobInstance instance : this.jobRepository.getJobInstances(BackfillJobConfiguration.JOB_NAME, 0,
				RECENT_BATCHES)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			BackfillParameters earlier = BackfillParameters.from(last.getJobParameters());
			if (!earlier.sameWorkAs(request)) {
				continue;
			}
			lastSeq = Math.max(lastSeq, earlier.runSeq());
			if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
				return resume(last, log);
			}
		}
		long seq = lastSeq + 1;
		return this.jobOperator.start(this.backfillJob, request.withRun(seq, outForNewRun.apply(seq)).toJobParameters());
	}

	/** Restarts an execution that did not complete, recovering it first if a dead process left it running. */
	public JobExecution resume(JobExecution last, PrintStream log) throws Exception {
		JobExecution restartable = last;
		long batch = last.getJobInstance().getInstanceId();
		if (last.getStatus().isRunning()) {
			log.println("Batch " + batch + " (execution " + last.getId() + ") was left " + last.getStatus()
					+ " by a process that stopped without finishing it; marking it FAILED so it can resume.");
			restartable = this.jobOperator.recover(last);
		}
		log.println("Resuming batch " + batch + " from its last committed chunk (previous execution " + last.getId()
				+ ", " + last.getStatus() + ").");
		return this.jobOperator.restart(restartable);
	}

}
