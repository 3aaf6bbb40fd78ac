package io.meshline.writers.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import io.meshline.core.money.CurrencyScale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Base of every CSV file Meshline writes: UTF-8 (optionally with a byte order mark), RFC 4180
 * quoting, the header first, then one row per call, streamed to disk so memory stays constant
 * however many rows are written. Not thread-safe; close it to flush.
 */
public abstract class CsvFileWriter implements Closeable {

	private final Path file;

	private final CSVPrinter printer;

	private final int columns;

	private long rows;

	/**
	 * Creates (or truncates) {@code file} and writes the header.
	 * @param file the file to write; its parent directory must exist
	 * @param byteOrderMark whether to start the file with a UTF-8 byte order mark
	 * @param header the column names, in order
	 * @throws UncheckedIOException when the file cannot be created
	 */
	protected CsvFileWriter(Path file, boolean byteOrderMark, String... header) {
		this(file, false, byteOrderMark, header);
	}

	/**
	 * Creates {@code file}, or with {@code append} adds rows to its end; the header (and byte order
	 * mark) is written only when the file starts empty.
	 * @param file the file to write; its parent directory must exist
	 * @param append whether to keep the rows already in the file
	 * @param byteOrderMark whether to start a new file with a UTF-8 byte order mark
	 * @param header the column names, in order
	 * @throws UncheckedIOException when the file cannot be opened
	 */
	protected CsvFileWriter(Path file, boolean append, boolean byteOrderMark, String... header) {
		this.file = file;
		this.columns = header.length;
		try {
			boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
			BufferedWriter out = append
					? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
							StandardOpenOption.APPEND)
					: Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			if (byteOrderMark && fresh) {
				out.write('\uFEFF');
			}
			CSVFormat.Builder format = CSVFormat.RFC4180.builder();
			this.printer = new CSVPrinter(out, fresh ? format.setHeader(header).get() : format.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create " + file + ".", ex);
		}
	}

	/** Writes one row; {@code null} cells are written empty. */
	protected final void printRow(Object... cells) {
		if (cells.length != this.columns) {
			throw new IllegalArgumentException("A row of " + this.file.getFileName() + " needs " + this.columns
					+ " cells but got " + cells.length + ": " + Arrays.toString(cells));
		}
		try {
			this.printer.printRecord(cells);
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write row " + (this.rows + 1) + " of " + this.file + ".", ex);
		}
	}

	/** The amount as a plain string at the currency's scale ({@code 1234.50}), or {@code null}. */
	protected static String amount(BigDecimal amount, String currency) {
		return (amount != null) ? CurrencyScale.atScale(amount, currency).toPlainString() : null;
	}

	/** The number of data rows written so far (the header not counted). */
	public long rowsWritten() {
		return this.rows;
	}

	/** The file being written. */
	public Path file() {
		return this.file;
	}

	/** Flushes and closes the file. */
	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
