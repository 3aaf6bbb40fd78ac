package io.meshline.jobs.support;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts a job's work, or resumes the last instance of the same work if it did not complete: running
 * the same command again after a crash carries on from the last committed chunk instead of starting
 * over. An execution left {@code STARTED} by a killed process is recovered first, out loud. Callers
 * must hold the data directory lock, which is what makes a {@code STARTED} execution certainly stale.
 */
public final class StartOrResume {

	private static final int RECENT_INSTANCES = 200;

	private static final String OUT_DIR = "out.dir";

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	public StartOrResume(JobOperator jobOperator, JobRepository jobRepository) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
	}

	/**
	 * Runs the work to its end.
	 * @param job the job
	 * @param request the parameters; their sequence number and output folder are chosen here
	 * @param from reads earlier instances' parameters
	 * @param outForNewRun the output folder of a new instance, given its sequence number
	 * @param noun what a person calls one instance ("Run", "Batch")
	 */
	public <P extends RunParameters<P>> JobExecution launch(Job job, P request, Function<JobParameters, P> from,
			LongFunction<String> outForNewRun, String noun, PrintStream log) throws Exception {
		long lastSeq = 0;
		for (JobInstance instance : this.jobRepository.getJobInstances(job.getName(), 0, RECENT_INSTANCES)) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			P earlier = from.apply(last.getJobParameters());
			if (!earlier.sameWorkAs(request)) {
				continue;
			}
			lastSeq = Math.max(lastSeq, earlier.runSeq());
			if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
				return resume(last, noun, log);
			}
		}
		long seq = lastSeq + 1;
		return this.jobOperator.start(job, request.withRun(seq, outForNewRun.apply(seq)).toJobParameters());
	}

	/** Restarts an execution that did not complete, recovering it first if a dead process left it running. */
	public JobExecution resume(JobExecution last, String noun, PrintStream log) throws Exception {
		JobExecution restartable = last;
		long instance = last.getJobInstance().getInstanceId();
		if (last.getStatus().isRunning()) {
			log.println(noun + " " + instance + " (execution " + last.getId() + ") was left " + last.getStatus()
					+ " by a process that stopped without finishing it; marking it FAILED so it can resume.");
			restartable = this.jobOperator.recover(last);
		}
		String out = last.getJobParameters().getString(OUT_DIR);
		log.println("Resuming " + noun.toLowerCase(Locale.ROOT) + " " + instance
				+ " from its last committed chunk (previous execution " + last.getId() + ", " + last.getStatus() + ")"
				+ ((out != null) ? "; its outputs go to " + out : "") + ".");
		return this.jobOperator.restart(restartable);
	}

}
