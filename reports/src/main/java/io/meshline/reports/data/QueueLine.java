package io.meshline.reports.data;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One owner queue's exceptions, as the month-end pack lists them. Immutable.
 *
 * @param queue the queue
 * @param open exceptions not resolved now
 * @param overdue open ones past their SLA deadline that nobody acknowledged or approved
 * @param escalated open ones marked {@code ESCALATED}
 * @param resolvedInMonth exceptions resolved in the month
 * @param mttr the mean time from finding (or reopening) to resolution of those, or {@code null}
 * @param oldestOpenSince when the oldest open exception was first found, or {@code null}
 */
public record QueueLine(String queue, long open, long overdue, long escalated, long resolvedInMonth, Duration mttr,
		LocalDateTime oldestOpenSince) {
}
