package io.meshline.jobs.support;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The typed parameters of a job that can run the same work again: the work itself, a sequence
 * number that makes a new job instance of it, and the output folder (not part of its identity).
 *
 * @param <P> the parameters' own type
 */
public interface RunParameters<P extends RunParameters<P>> {

	/** Whether {@code other} asks for the same work, sequence number and output folder aside. */
	boolean sameWorkAs(P other);

	long runSeq();

	/** The same work with another sequence number and output folder. */
	P withRun(long seq, String out);

	JobParameters toJobParameters();

}
