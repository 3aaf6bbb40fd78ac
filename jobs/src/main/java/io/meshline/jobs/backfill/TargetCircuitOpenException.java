package io.meshline.jobs.backfill;

/** The circuit breaker opened: a backfill target failed too many times in a row. Its message names the target. */
public final class TargetCircuitOpenException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	TargetCircuitOpenException(String message, Throwable cause) {
		super(message, cause);
	}

}
