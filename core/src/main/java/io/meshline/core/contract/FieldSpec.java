package io.meshline.core.contract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one canonical field is read from an export: which column, and the transforms applied to
 * its text in this order: trim, {@code extract}, {@code default} when empty, value {@code map}.
 * Immutable and thread-safe.
 *
 * @param columns the header names to look for, first present wins; never empty
 * @param required whether the header must have the column and every row a value
 * @param trim whether surrounding white space is removed (the default)
 * @param defaultValue the value used when the column is absent or empty, or {@code null}
 * @param valueMap exported value to canonical value, exact match first then ignoring case; never {@code null}
 * @param extract a pattern whose first group is kept (no match gives an empty value), or {@code null}
 * @param dateFormats {@link java.time.format.DateTimeFormatter} patterns tried in order; empty for non-dates
 * @param decimalStyle how amounts are written; never {@code null}
 */
public record FieldSpec(List<String> columns, boolean required, boolean trim, String defaultValue,
		Map<String, String> valueMap, Pattern extract, List<String> dateFormats, DecimalStyle decimalStyle) {

	public FieldSpec {
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A field needs at least one column name.");
		}
		valueMap = Map.copyOf(valueMap);
		dateFormats = List.copyOf(dateFormats);
		Objects.requireNonNull(decimalStyle, "decimalStyle");
		if (extract != null && extract.matcher("").groupCount() != 1) {
			throw new IllegalArgumentException(
					"The extract pattern " + extract.pattern() + " must have exactly one group.");
		}
	}

	/** An optional, trimmed field read from the first of {@code columns} present, with no transforms. */
	public static FieldSpec of(String... columns) {
		return new FieldSpec(List.of(columns), false, true, null, Map.of(), null, List.of(), DecimalStyle.POINT);
	}

	public FieldSpec asRequired() {
		return new FieldSpec(this.columns, true, this.trim, this.defaultValue, this.valueMap, this.extract,
				this.dateFormats, this.decimalStyle);
	}

	public FieldSpec withDateFormats(String... formats) {
		return new FieldSpec(this.columns, this.required, this.trim, this.defaultValue, this.valueMap, this.extract,
				List.of(formats), this.decimalStyle);
	}

	public FieldSpec withDecimalStyle(DecimalStyle style) {
		return new FieldSpec(this.columns, this.required, this.trim, this.defaultValue, this.valueMap, this.extract,
				this.dateFormats, style);
	}

	public FieldSpec withExtract(String regex) {
		return new FieldSpec(this.columns, this.required, this.trim, this.defaultValue, this.valueMap,
				Pattern.compile(regex), this.dateFormats, this.decimalStyle);
	}

	public FieldSpec withDefault(String value) {
		return new FieldSpec(this.columns, this.required, this.trim, value, this.valueMap, this.extract,
				this.dateFormats, this.decimalStyle);
	}

	public FieldSpec withMap(Map<String, String> map) {
		return new FieldSpec(this.columns, this.required, this.trim, this.defaultValue, map, this.extract,
				this.dateFormats, this.decimalStyle);
	}

}
