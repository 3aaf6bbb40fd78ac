package io.meshline.core.contract;

import java.text.Format;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * A list of {@link DateTimeFormatter} patterns tried in order. Date-time patterns are allowed and
 * reduced to the date as written, without any time-zone shift, because a close date is a calendar
 * date in the CRM user's eyes. Resolution is strict ({@code 2026-02-30} is refused) and two-digit
 * years fall in 2000-2099. Built once per contract binding; immutable and thread-safe.
 */
public final class DateFormats {

	private final List<String> patterns;

	private final List<Format> formats;

	/** Whether the first pattern is {@code yyyy-MM-dd}, which most exports use: read without a formatter. */
	private final boolean isoFirst;

	/**
	 * @param patterns the patterns, for example {@code yyyy-MM-dd} or {@code MM/dd/yy hh:mm a}
	 * @throws IllegalArgumentException when a pattern is not a valid {@link DateTimeFormatter} pattern
	 */
	public DateFormats(List<String> patterns) {
		this.patterns = List.copyOf(patterns);
		this.formats = this.patterns.stream().map((p) -> formatter(p).toFormat(LocalDate::from)).toList();
		this.isoFirst = !this.patterns.isEmpty() && "uuuu-MM-dd".equals(yearOfEraToYear(this.patterns.get(0)));
	}

	private static DateTimeFormatter formatter(String pattern) {
		// Strict resolution needs the proleptic year (u); people write the year-of-era (y).
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(yearOfEraToYear(pattern))
			.toFormatter(Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	static String yearOfEraToYear(String pattern) {
		StringBuilder out = new StringBuilder(pattern.length());
		boolean quoted = false;
		for (char c : pattern.toCharArray()) {
			quoted ^= (c == '\'');
			out.append((c == 'y' && !quoted) ? 'u' : c);
		}
		return out.toString();
	}

	/** The date in {@code text}, or {@code null} when no pattern reads the whole text. */
	public LocalDate parse(String text) {
		if (this.isoFirst) {
			LocalDate date = isoDate(text);
			if (date != null) {
				return date;
			}
			// anything unusual (a longer year, an invalid day) goes the formatters' way, to the same answer
		}
		for (Format format : this.formats) {
			// Format.parseObject reports failure without an exception: cheap when the first pattern misses.
			ParsePosition position = new ParsePosition(0);
			Object date = format.parseObject(text, position);
			if (date != null && position.getIndex() == text.length()) {
				return (LocalDate) date;
			}
		}
		return null;
	}

	/**
	 * {@code dddd-dd-dd} as a valid date, else {@code null}. Parsing through {@link DateTimeFormatter}
	 * costs about ten times more, and a million-row export has a million dates.
	 */
	static LocalDate isoDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** The patterns as given, for messages. */
	public List<String> patterns() {
		return this.patterns;
	}

}
