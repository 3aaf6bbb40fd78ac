package io.meshline.core.contract;

import java.util.List;

/**
 * A test on one column for a derived flag: it matches when the column's trimmed value is one of
 * {@code values}, ignoring case. Immutable and thread-safe.
 *
 * @param columns the header names to look for, first present wins; never empty
 * @param values the accepted values, trimmed; never empty
 */
public record FlagRule(List<String> columns, List<String> values) {

	public FlagRule {
		columns = List.copyOf(columns);
		values = values.stream().map(String::trim).toList();
		if (columns.isEmpty() || values.isEmpty()) {
			throw new IllegalArgumentException("A flag rule needs a column and at least one value.");
		}
	}

	public static FlagRule of(String column, String... values) {
		return new FlagRule(List.of(column), List.of(values));
	}

	/** Whether {@code value} (trimmed) is one of the accepted values, ignoring case. */
	public boolean matches(String value) {
		if (value == null) {
			return false;
		}
		String trimmed = value.trim();
		// A loop over a handful of values beats a lower-cased set: no allocation per row.
		for (String accepted : this.values) {
			if (accepted.equalsIgnoreCase(trimmed)) {
				return true;
			}
		}
		return false;
	}

}
