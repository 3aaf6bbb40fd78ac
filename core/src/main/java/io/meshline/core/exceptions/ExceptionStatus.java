package io.meshline.core.exceptions;

/**
 * Where an exception stands. A run moves it between {@code NEW}, {@code OPEN}, {@code RESOLVED}
 * and {@code REOPENED}; {@code meshline escalate} sets {@code ESCALATED}; people set
 * {@code ACKED}, {@code APPROVED} and {@code RESOLVED}. See {@link ExceptionLifecycle} for the rules.
 */
public enum ExceptionStatus {

	/** Seen for the first time by the last run that saw it. */
	NEW,

	/** Seen again by a later run, nobody has acted on it yet. */
	OPEN,

	/** Past its SLA deadline without anyone acting on it; escalated once. */
	ESCALATED,

	/** Someone took it on ({@code meshline exceptions ack}); the SLA clock no longer runs. */
	ACKED,

	/** Someone with authority accepted it as it is ({@code meshline exceptions approve}). */
	APPROVED,

	/** The finding disappeared from a run that could see it, or someone resolved it by hand. */
	RESOLVED,

	/** Resolved before, and a later run found it again. */
	REOPENED;

	/** Everything but {@code RESOLVED}: the exception still needs someone, or was approved as it is. */
	public boolean isOpen() {
		return this != RESOLVED;
	}

	/** Whether the SLA clock runs: nobody has acted on it yet ({@code NEW}, {@code OPEN}, {@code REOPENED}). */
	public boolean awaitsAction() {
		return this == NEW || this == OPEN || this == REOPENED;
	}

}
