package io.meshline.readers.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV input, each split into fields by one Commons CSV parser and paired with
 * its physical origin: first line and raw text. Not thread-safe.
 */
final class RecordStream implements Closeable {

	/** A record's fields and where it came from. */
	record Parsed(String[] values, PhysicalRecord physical) {
	}

	private final LineSource lines;

	private final RecordFeed feed;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	RecordStream(InputStream input, Charset charset, char delimiter, String commentPrefix) throws IOException {
		this.lines = new LineSource(input, charset);
		this.feed = new RecordFeed(new RecordAssembler(this.lines, delimiter, commentPrefix));
		// Trailing data after a closing quote is kept, as the record assembler assumes: no parse errors mid-file.
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setQuote('"')
			.setTrailingData(true)
			.setIgnoreEmptyLines(false)
			.get();
		this.parser = CSVParser.builder().setReader(this.feed).setFormat(format).get();
		this.records = this.parser.iterator();
	}

	/**
	 * The next complete record, or {@code null} when there is none left; a truncated last record
	 * is then available from {@link #truncated()}.
	 * @throws UncheckedIOException when the input cannot be read
	 */
	Parsed next() {
		if (!this.records.hasNext()) {
			return null;
		}
		CSVRecord record = this.records.next();
		RecordFeed.Served served = this.feed.poll();
		// The assembler and the parser must agree on every boundary, or lines and raw text would be wrong.
		if (served == null || served.position() != record.getCharacterPosition()) {
			throw new IllegalStateException("Record boundaries went out of step near line "
					+ ((served != null) ? served.record().line() : this.lines.lineNumber()) + ".");
		}
		return new Parsed(record.values(), served.record());
	}

	/** The last record when the input ended inside its quotes, else {@code null}. */
	PhysicalRecord truncated() {
		return this.feed.truncated();
	}

	long recodedLines() {
		return this.lines.recodedLines();
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
