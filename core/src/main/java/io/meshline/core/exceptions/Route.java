package io.meshline.core.exceptions;

import java.util.Objects;

/**
 * Where an exception goes and how fast it must be handled. Immutable.
 *
 * @param queue the work queue; never {@code null}
 * @param severity hard or soft; never {@code null}
 * @param sla how long it may wait for someone to act; never {@code null}
 */
public record Route(String queue, Severity severity, Sla sla) {

	public Route {
		Objects.requireNonNull(queue, "queue");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(sla, "sla");
	}

}
