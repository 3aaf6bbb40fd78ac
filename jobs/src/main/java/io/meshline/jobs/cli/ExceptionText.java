package io.meshline.jobs.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

import io.meshline.jobs.exceptions.ExceptionsConfiguration;
import io.meshline.jobs.home.MeshlineContext;

/** How exception commands read and print times, ages and durations. */
final class ExceptionText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.systemDefault());

	private static final Pattern AGE = Pattern.compile("(\\d+)([dhm])");

	private ExceptionText() {
	}

	/** {@code --now} if given, else the context's clock (which {@code MESHLINE_NOW} may fix). */
	static Instant now(String option, MeshlineContext context) {
		if (option != null) {
			try {
				return ExceptionsConfiguration.parseNow(option);
			}
			catch (IllegalArgumentException ex) {
				throw MeshlineExit.usage("--now: " + ex.getMessage() + ".");
			}
		}
		return context.bean(Clock.class).instant();
	}

	static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "-";
	}

	/** {@code 3d 04h}, {@code 5h 07m}, {@code 12m}. */
	static String age(Duration age) {
		if (age == null) {
			return "-";
		}
		long minutes = age.toMinutes();
		if (minutes >= 24 * 60) {
			return String.format(Locale.ROOT, "%dd %02dh", minutes / (24 * 60), (minutes / 60) % 24);
		}
		if (minutes >= 60) {
			return String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
		}
		return minutes + "m";
	}

	/** Reads {@code 2d}, {@code 8h}, {@code 30m} (or ISO-8601 like {@code PT8H}) for {@code --older-than}. */
	static final class AgeConverter implements CommandLine.ITypeConverter<Duration> {

		@Override
		public Duration convert(String value) {
			Matcher m = AGE.matcher(value.trim().toLowerCase(Locale.ROOT));
			if (m.matches()) {
				long n = Long.parseLong(m.group(1));
				return switch (m.group(2)) {
					case "d" -> Duration.ofDays(n);
					case "h" -> Duration.ofHours(n);
					default -> Duration.ofMinutes(n);
				};
			}
			try {
				return Duration.parse(value.trim());
			}
			catch (RuntimeException ex) {
				throw new CommandLine.TypeConversionException(
						"'" + value + "' is not an age like 2d, 8h or 30m");
			}
		}

	}

}
