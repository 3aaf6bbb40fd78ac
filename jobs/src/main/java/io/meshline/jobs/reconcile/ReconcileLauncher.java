package io.meshline.jobs.reconcile;

import java.io.PrintStream;
import java.util.List;
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
 * Starts a reconciliation, or resumes the last one of the same inputs and options if it did not
 * complete: that way running the same command again after a crash carries on from the last
 * committed chunk instead of starting over. An execution left {@code STARTED} by a killed process
 * is recovered first, out loud. Callers must hold the data directory lock, which is what makes a
 * {@code STARTED} execution certainly stale.
 */
@Component
public class ReconcileLauncher {

	private static final int RECENT_RUNS = 200;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job reconcileJob;

	public ReconcileLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("reconcileJob") Job reconcileJob) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.reconcileJob = reconcileJob;
	}

	/**
	 * Runs the job to its end.
	 * @param request the parameters; its sequence number and output folder are chosen here
	 * @param outForNewRun the output folder for a new run, given its run sequence number
	 */
	public JobExecution launch(ReconcileParameters request, Function<Long, String> outForNewRun, PrintStream log)
			throws Exception {
		long lastSeq = 0;
		List<JobInstance> instances = this.jobRepository.getJobInstances(ReconcileJobConfiguration.JOB_NAME, 0,
				RECENT_RUNS);
		for (JobInstance instance : instances) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			ReconcileParameters earlier = ReconcileParameters.from(last.getJobParameters());
			if (!earlier.sameWorkAs(request)) {
				continue;
			}
			lastSeq = Math.max(lastSeq, earlier.runSeq());
			if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
				return resume(last, log);
			}
		}
		long seq = lastSeq + 1;
		return this.jobOperator.start(this.reconcileJob, request.withRun(seq, outForNewRun.apply(seq)).toJobParameters());
	}

	/** Restarts an execution that did not complete, recovering it first if a dead process left it running. */
	public JobExecution resume(JobExecution last, PrintStream log) throws Exception {
		JobExecution restartable = last;
		if (last.getStatus().isRunning()) {
			log.println("Run " + last.getJobInstance().getInstanceId() + " (execution " + last.getId()
					+ ") was left " + last.getStatus() + " by a process that stopped without finishing it; "
					+ "marking it FAILED so it can resume.");
			restartable = this.jobOperator.recover(last);
		}
		String out = last.getJobParameters().getString(ReconcileParameters.OUT_DIR);
		log.println("Resuming run " + last.getJobInstance().getInstanceId() + " from its last committed chunk "
				+ "(previous execution " + last.getId() + ", " + last.getStatus() + ")"
				+ ((out != null) ? "; its outputs go to " + out : "") + ".");
		return this.jobOperator.restart(restartable);
	}

}
