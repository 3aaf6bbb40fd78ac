package io.meshline.jobs.backfill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Calls a target with retries and a circuit breaker. A transient failure (a lost or refused
 * connection, a lock timeout, a file system hiccup) is tried again after a delay that doubles up to
 * a cap; any other failure is thrown at once. After {@code threshold} failures in a row, counted
 * across calls, the breaker opens: the call throws {@link TargetCircuitOpenException} naming the target
 * and the last error, and the step fails restartably. A success closes it again. Not thread-safe.
 */
final class TargetGuard {

	private final String target;

	private final int threshold;

	private final long initialDelayMillis;

	private final long maxDelayMillis;

	private final Sleeper sleeper;

	private int consecutiveFailures;

	TargetGuard(String target, int threshold, long initialDelayMillis, long maxDelayMillis, Sleeper sleeper) {
		if (threshold < 1) {
			throw new IllegalArgumentException("The circuit breaker threshold must be at least 1, got " + threshold + ".");
		}
		this.target = target;
		this.threshold = threshold;
		this.initialDelayMillis = initialDelayMillis;
		this.maxDelayMillis = maxDelayMillis;
		this.sleeper = sleeper;
	}

	void call(Runnable action) {
		long delay = this.initialDelayMillis;
		while (true) {
			try {
				action.run();
				this.consecutiveFailures = 0;
				return;
			}
			catch (RuntimeException ex) {
				if (!isTransient(ex)) {
					throw ex;
				}
				this.consecutiveFailures++;
				if (this.consecutiveFailures >= this.threshold) {
					throw new TargetCircuitOpenException("The target " + this.target + " failed " + this.consecutiveFailures
							+ " times in a row; stopping the batch. Last error: " + describe(ex)
							+ ". Once the target is back, run the same command again to resume.", ex);
				}
				this.sleeper.sleep(delay);
				delay = Math.min(delay * 2, this.maxDelayMillis);
			}
		}
	}

	int consecutiveFailures() {
		return this.consecutiveFailures;
	}

	/** Narrow on purpose: only failures that another attempt can cure. */
	static boolean isTransient(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientException || t instanceof SQLRecoverableException
					|| t instanceof java.net.ConnectException || t instanceof SocketTimeoutException
					|| t instanceof TransientTargetException) {
				return true;
			}
			if (t instanceof UncheckedIOException && t.getCause() instanceof IOException io
					&& !(io instanceof java.nio.file.NoSuchFileException)
					&& !(io instanceof java.nio.file.AccessDeniedException)) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.strip();
	}

	/** Waits between attempts; tests pass one that does not. */
	@FunctionalInterface
	interface Sleeper {

		void sleep(long millis);

		Sleeper THREAD = (millis) -> {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting to retry the target.", ex);
			}
		};

	}

	/** A target failure known to be temporary. */
	static final class TransientTargetException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TransientTargetException(String message) {
			super(message);
		}

	}

}
