package io.meshline.writers.output;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;

/** The cells of one routing file row, with errors that name file, line and column. */
final class Cells {

	private final Path file;

	private final CSVRecord row;

	Cells(Path file, CSVRecord row) {
		this.file = file;
		this.row = row;
	}

	Path file() {
		return this.file;
	}

	long line() {
		return this.row.getRecordNumber() + 1;
	}

	/** The trimmed cell, or {@code null} when the column is absent or the cell empty. */
	String get(String column) {
		if (!this.row.isMapped(column) || !this.row.isSet(column)) {
			return null;
		}
		String value = this.row.get(column).trim();
		return value.isEmpty() ? null : value;
	}

	BigDecimal amount(String column) {
		String text = get(column);
		return parse(column, text, BigDecimal::new, column + " \"" + text + "\" is not an amount like 10000.00", true);
	}

	<T> T parse(String column, String text, Function<String, T> parser, String problem, boolean optional) {
		if (text == null && optional) {
			return null;
		}
		try {
			return parser.apply((text != null) ? text : "");
		}
		catch (IllegalArgumentException ex) {
			throw error(column, (problem != null) ? problem : ex.getMessage());
		}
	}

	IllegalArgumentException error(String column, String problem) {
		if ("finding".equals(column)) {
			// The original finding,queue format's message, kept as it was.
			return new IllegalArgumentException("line " + line() + " of " + this.file + ": " + problem + ".");
		}
		return new IllegalArgumentException(
				"line " + line() + " of " + this.file + ", column " + column + ": " + problem + ".");
	}

}
