package io.meshline.jobs.exceptions;

import java.time.Instant;

import io.meshline.core.exceptions.ExceptionStatus;

/**
 * One change of an exception, as {@code ML_EXCEPTION_EVENT} keeps it.
 *
 * @param key the exception's key
 * @param at when it happened
 * @param actor who did it: a person's {@code --actor}, or {@code meshline} for runs and escalation
 * @param action {@code RUN}, {@code ESCALATE}, {@code ACK}, {@code ASSIGN}, {@code APPROVE} or {@code RESOLVE}
 * @param from the status before, {@code null} when a run first found it
 * @param to the status after (the same as {@code from} for an assignment)
 * @param runId the reconcile run that made the change, or {@code null}
 * @param note why, in a sentence; may be {@code null}
 */
public record ExceptionEvent(String key, Instant at, String actor, String action, ExceptionStatus from,
		ExceptionStatus to, Long runId, String note) {

}
