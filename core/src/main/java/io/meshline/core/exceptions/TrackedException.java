package io.meshline.core.exceptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An exception as it is stored: one per stable key, updated by every run that can see it.
 * Immutable.
 *
 * @param key the stable key ({@link ExceptionKey}); never {@code null}
 * @param finding the finding type's name; never {@code null}
 * @param recordId the deal id, or the invoice id(s); never {@code null}
 * @param queue the queue it is routed to; never {@code null}
 * @param severity {@code HARD} or {@code SOFT}; never {@code null}
 * @param status where it stands; never {@code null}
 * @param owner the CRM deal owner, or {@code null}
 * @param assignee the person it was assigned to, or {@code null}
 * @param currency the currency of {@code amount}; never {@code null}
 * @param amount the amount at stake ({@link AmountAtStake}); never {@code null}
 * @param recordDate the deal's close date, or the orphan invoice's date, or {@code null}
 * @param firstSeen when a run first found it; never {@code null}
 * @param lastSeen when a run last found it; never {@code null}
 * @param slaDue when someone must have acted on it; never {@code null}
 * @param resolvedAt when it was resolved, or {@code null} while it is open
 * @param firstRunId the run that first found it
 * @param lastRunId the run that last found it
 * @param detail the finding's sentence from the last run that found it; never {@code null}
 */
public record TrackedException(String key, String finding, String recordId, String queue, Severity severity,
		ExceptionStatus status, String owner, String assignee, String currency, BigDecimal amount,
		LocalDate recordDate, Instant firstSeen, Instant lastSeen, Instant slaDue, Instant resolvedAt,
		long firstRunId, long lastRunId, String detail) {

	/** Time since it was first found, up to {@code now} (or its resolution); never negative. */
	public Duration age(Instant now) {
		Instant end = (this.resolvedAt != null && this.resolvedAt.isBefore(now)) ? this.resolvedAt : now;
		Duration age = Duration.between(this.firstSeen, end);
		return age.isNegative() ? Duration.ZERO : age;
	}

	/** Whether nobody acted on it and its deadline has passed at {@code now}. */
	public boolean overdue(Instant now) {
		return this.status.awaitsAction() && now.isAfter(this.slaDue);
	}

	/** Whether its deadline passed at {@code now} while it was open and not acted on, escalated or not. */
	public boolean slaBreached(Instant now) {
		return overdue(now) || this.status == ExceptionStatus.ESCALATED;
	}

}
