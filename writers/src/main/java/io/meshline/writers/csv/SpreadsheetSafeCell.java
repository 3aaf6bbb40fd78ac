package io.meshline.writers.csv;

import java.util.regex.Pattern;

/**
 * Neutralises CSV cells a spreadsheet would run as a formula (CSV injection). A cell starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * {@code '}, as OWASP advises; plain numbers such as {@code -12.50} are left alone because a
 * negative delta must stay a number. Stateless and thread-safe.
 */
public final class SpreadsheetSafeCell {

	private static final String TRIGGERS = "=+-@\t\r";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private SpreadsheetSafeCell() {
	}

	/**
	 * The cell as it is safe to write.
	 * @param value the cell, or {@code null}
	 * @return {@code value} with a leading {@code '} when a spreadsheet would evaluate it;
	 * {@code null} stays {@code null}
	 */
	public static String of(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (TRIGGERS.indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
			return value;
		}
		return "'" + value;
	}

}
