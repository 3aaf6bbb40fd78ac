package io.meshline.readers.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV input, each split into fields and paired with its physical origin: first
 * line and raw text. The assembler finds each record's boundaries; a record without a quote is
 * split at its delimiters, which is all Commons CSV would do with it, and a record with quotes is
 * split by Commons CSV. Most exports quote few or no records, and splitting them directly saves the
 * parser's second pass over every character. Not thread-safe.
 */
final class RecordStream implements Closeable {

	/** A record's fields and where it came from. */
	record Parsed(String[] values, PhysicalRecord physical) {
	}

	private final LineSource lines;

	private final RecordAssembler assembler;

	private final char delimiter;

	private final CSVFormat quotedFormat;

	/** Reused for splitting: a row's fields before they are copied out at their count. */
	private String[] fields = new String[16];

	private PhysicalRecord truncated;

	RecordStream(InputStream input, Charset charset, char delimiter, String commentPrefix) throws IOException {
		this(input, charset, delimiter, commentPrefix, true, 0);
	}

	/**
	 * Reads a part of a file that starts at a record boundary ({@link RecordChunks}).
	 * @param fileStart whether the part starts the file (a BOM is dropped only there)
	 * @param linesBefore physical lines of the file before the part, so line numbers stay the file's
	 */
	RecordStream(InputStream input, Charset charset, char delimiter, String commentPrefix, boolean fileStart,
			long linesBefore) throws IOException {
		this.lines = new LineSource(input, charset, fileStart, linesBefore);
		this.assembler = new RecordAssembler(this.lines, delimiter, commentPrefix);
		this.delimiter = delimiter;
		// Trailing data after a closing quote is kept, as the record assembler assumes: no parse errors mid-file.
		this.quotedFormat = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setQuote('"')
			.setTrailingData(true)
			.setIgnoreEmptyLines(false)
			.get();
	}

	/**
	 * The next complete record, or {@code null} when there is none left; a truncated last record
	 * is then available from {@link #truncated()}.
	 * @throws UncheckedIOException when the input cannot be read
	 */
	Parsed next() {
		if (this.truncated != null) {
			return null;
		}
		PhysicalRecord record;
		try {
			record = this.assembler.next();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (record == null) {
			return null;
		}
		if (record.truncated()) {
			this.truncated = record;
			return null;
		}
		String text = record.text();
		return new Parsed((text.indexOf('"') < 0) ? split(text) : parseQuoted(text, record.line()), record);
	}

	private String[] split(String text) {
		String[] fields = this.fields;
		int count = 0;
		int start = 0;
		for (int i = text.indexOf(this.delimiter); i >= 0; i = text.indexOf(this.delimiter, start)) {
			if (count == fields.length) {
				fields = Arrays.copyOf(fields, count * 2);
			}
			fields[count++] = text.substring(start, i);
			start = i + 1;
		}
		if (count == fields.length) {
			fields = Arrays.copyOf(fields, count * 2);
		}
		fields[count++] = text.substring(start);
		this.fields = fields;
		String[] values = new String[count];
		System.arraycopy(fields, 0, values, 0, count);
		return values;
	}

	private String[] parseQuoted(String text, long line) {
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
			.setFormat(this.quotedFormat)
			.get()) {
			List<CSVRecord> records = parser.getRecords();
			// The assembler and the parser must agree on every boundary, or lines and raw text would be wrong.
			if (records.size() != 1) {
				throw new IllegalStateException("Record boundaries went out of step near line " + line + ".");
			}
			return records.get(0).values();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The last record when the input ended inside its quotes, else {@code null}. */
	PhysicalRecord truncated() {
		return this.truncated;
	}

	long recodedLines() {
		return this.lines.recodedLines();
	}

	/** The input stream belongs to the caller, who closes it. */
	@Override
	public void close() {
	}

}
