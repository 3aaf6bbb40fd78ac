package io.meshline.jobs.support;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work done on another thread and throws what it threw, as if it had run on this one. */
public final class Futures {

	private Futures() {
	}

	/**
	 * @param doing what the work is, for the message when the wait is interrupted ("hashing an input file")
	 * @throws IOException what the work threw, or when the wait is interrupted
	 */
	public static <T> T await(Future<T> future, String doing) throws IOException {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while " + doing, ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause.getMessage(), cause);
		}
	}

}
