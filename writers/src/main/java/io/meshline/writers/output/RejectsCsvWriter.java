package io.meshline.writers.output;

import java.nio.file.Path;

import io.meshline.core.model.Rejection;
import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * Writes {@code rejects.csv}: one row per rejected input row, saying where it was and why, with
 * the raw line so it can be fixed at the source. Cells are neutralised with
 * {@link SpreadsheetSafeCell} since a raw line may hold anything. Not thread-safe; close it to
 * flush.
 */
public final class RejectsCsvWriter extends CsvFileWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "file", "line", "column", "reason", "raw_line" };

	public RejectsCsvWriter(Path file) {
		super(file, false, HEADER);
	}

	/** Writes one rejection; {@code null} column and raw line are written empty. */
	public void write(Rejection rejection) {
		printRow(SpreadsheetSafeCell.of(rejection.file()), Long.toString(rejection.line()),
				SpreadsheetSafeCell.of(rejection.column()), SpreadsheetSafeCell.of(rejection.reason()),
				SpreadsheetSafeCell.of(rejection.rawLine()));
	}

}
