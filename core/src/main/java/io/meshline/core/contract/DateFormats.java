package io.meshline.core.contract;

import java.text.Format;
import java.text.ParsePosition;
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

	/**
	 * @param patterns the patterns, for example {@code yyyy-MM-dd} or {@code MM/dd/yy hh:mm a}
	 * @throws IllegalArgumentException when a pattern is not a valid {@link DateTimeFormatter} pattern
	 */
	public DateFormats(List<String> patterns) {
		this.patterns = List.copyOf(patterns);
		this.formats = this.patterns.stream().map((p) -> formatter(p).toFormat(LocalDate::from)).toList();
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

	/** The patterns as given, for messages. */
	public List<String> patterns() {
		return this.patterns;
	}

}
