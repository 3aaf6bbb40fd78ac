package io.meshline.jobs.reconcile;

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
 * Starts a reconciliation, or resumes the last one of the same inputs and options if it did not
 * complete (see {@link StartOrResume}). Callers must hold the data directory lock.
 */
@Component
public class ReconcileLauncher {

	private static final String NOUN = "Run";

	private final StartOrResume startOrResume;

	private final Job reconcileJob;

	public ReconcileLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("reconcileJob") Job reconcileJob) {
		this.startOrResume = new StartOrResume(jobOperator, jobRepository);
		this.reconcileJob = reconcileJob;
	}

	/**
	 * Runs the job to its end.
	 * @param request the parameters; its sequence number and output folder are chosen here
	 * @param outForNewRun the output folder for a new run, given its run sequence number
	 */
	public JobExecution launch(ReconcileParameters request, LongFunction<String> outForNewRun, PrintStream log)
			throws Exception {
		return this.startOrResume.launch(this.reconcileJob, request, ReconcileParameters::from, outForNewRun, NOUN,
				log);
	}

	/** Restarts an execution that did not complete, recovering it first if a dead process left it running. */
	public JobExecution resume(JobExecution last, PrintStream log) throws Exception {
		return this.startOrResume.resume(last, NOUN, log);
	}

}
