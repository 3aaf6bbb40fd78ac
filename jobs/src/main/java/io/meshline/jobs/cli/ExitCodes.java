package io.meshline.jobs.cli;

/**
 * The exit codes every command keeps; scripts and cron depend on them, so they never change.
 */
public final class ExitCodes {

	/** The command completed. */
	public static final int COMPLETED = 0;

	/** The job failed; it can be restarted from its last committed chunk. */
	public static final int JOB_FAILED = 1;

	/** A usage, contract or input error found before any processing. */
	public static final int USAGE = 2;

	/**
	 * Completed, but {@code --fail-on} matched or rejected rows exceeded {@code --max-reject-rate};
	 * a backfill batch failed its promotion gate; {@code verify} found residuals.
	 */
	public static final int THRESHOLD = 3;

	/** Another run holds the data directory. */
	public static final int DATA_DIRECTORY_BUSY = 4;

	private ExitCodes() {
	}

}
