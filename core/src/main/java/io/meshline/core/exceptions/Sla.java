package io.meshline.core.exceptions;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How long an exception may wait for someone to act: a number of hours around the clock, or one
 * business day. One business day is 24 hours counted on Monday to Friday only, in the given time
 * zone: Thursday 15:00 is due Friday 15:00, Friday 15:00 is due Monday 15:00, and anything seen on
 * a weekend is due Tuesday 00:00. Immutable.
 *
 * @param duration the time allowed when not {@code businessDay}; never {@code null}
 * @param businessDay whether the SLA is one business day instead
 */
public record Sla(Duration duration, boolean businessDay) {

	public Sla {
		Objects.requireNonNull(duration, "duration");
	}

	public static Sla ofHours(long hours) {
		if (hours < 1) {
			throw new IllegalArgumentException("an SLA must be at least 1 hour, not " + hours);
		}
		return new Sla(Duration.ofHours(hours), false);
	}

	public static Sla of(Duration duration) {
		return new Sla(duration, false);
	}

	public static Sla oneBusinessDay() {
		return new Sla(Duration.ofHours(24), true);
	}

	/** The deadline of an exception that started waiting at {@code start}. */
	public Instant dueAfter(Instant start, ZoneId zone) {
		if (!this.businessDay) {
			return start.plus(this.duration);
		}
		ZonedDateTime at = start.atZone(zone);
		if (weekend(at.getDayOfWeek())) {
			ZonedDateTime monday = at.toLocalDate().atStartOfDay(zone);
			while (weekend(monday.getDayOfWeek())) {
				monday = monday.plusDays(1);
			}
			at = monday;
		}
		ZonedDateTime due = at.plusDays(1);
		while (weekend(due.getDayOfWeek())) {
			due = due.plusDays(1);
		}
		return due.toInstant();
	}

	private static boolean weekend(DayOfWeek day) {
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	@Override
	public String toString() {
		return this.businessDay ? "1 business day" : this.duration.toHours() + "h";
	}

}
