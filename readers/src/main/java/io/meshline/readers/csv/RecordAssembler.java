package io.meshline.readers.csv;

import java.io.IOException;

/**
 * Groups physical lines into CSV records: a quoted field may hold line breaks, so a record ends
 * at the first line break outside quotes. Only record boundaries are found here; Commons CSV
 * splits the fields. Quotes follow Commons CSV: a quote opens a field only as its first
 * character, and {@code ""} inside a quoted field is a quote. Blank lines between records are
 * skipped, and so are lines starting with the comment prefix when there is one. Not thread-safe.
 */
final class RecordAssembler {

	private final LineSource lines;

	private final char delimiter;

	private final String commentPrefix;

	private final StringBuilder multiLine = new StringBuilder();

	RecordAssembler(LineSource lines, char delimiter, String commentPrefix) {
		this.lines = lines;
		this.delimiter = delimiter;
		this.commentPrefix = commentPrefix;
	}

	/** The next record, or {@code null} at the end of the input. */
	PhysicalRecord next() throws IOException {
		String line = this.lines.next();
		while (line != null && isSkipped(line)) {
			line = this.lines.next();
		}
		if (line == null) {
			return null;
		}
		long start = this.lines.lineNumber();
		if (line.indexOf('"') < 0) {
			return new PhysicalRecord(start, line, false); // no quote, so no quoted line break: the record is this line
		}
		QuoteState state = scan(line, QuoteState.FIELD_START);
		if (state != QuoteState.QUOTED) {
			return new PhysicalRecord(start, line, false); // the common case: no copy at all
		}
		this.multiLine.setLength(0);
		this.multiLine.append(line);
		while (state == QuoteState.QUOTED) {
			String terminator = this.lines.terminator();
			String more = this.lines.next();
			if (more == null) {
				return new PhysicalRecord(start, this.multiLine.toString(), true);
			}
			this.multiLine.append(terminator).append(more);
			state = scan(more, state);
		}
		return new PhysicalRecord(start, this.multiLine.toString(), false);
	}

	private boolean isSkipped(String line) {
		return line.isBlank() || (this.commentPrefix != null && line.startsWith(this.commentPrefix));
	}

	private QuoteState scan(String line, QuoteState initial) {
		QuoteState state = initial;
		for (int i = 0, n = line.length(); i < n; i++) {
			char c = line.charAt(i);
			state = switch (state) {
				case FIELD_START -> (c == '"') ? QuoteState.QUOTED : (c == this.delimiter) ? state : QuoteState.PLAIN;
				case PLAIN -> (c == this.delimiter) ? QuoteState.FIELD_START : state;
				case QUOTED -> (c == '"') ? QuoteState.CLOSED : state;
				// a quote right after a closing one was an escaped quote: still inside the field
				case CLOSED -> (c == '"') ? QuoteState.QUOTED
						: (c == this.delimiter) ? QuoteState.FIELD_START : QuoteState.PLAIN;
			};
		}
		// a line break ends a record unless it is inside quotes
		return (state == QuoteState.QUOTED) ? state : QuoteState.FIELD_START;
	}

	private enum QuoteState {

		FIELD_START, PLAIN, QUOTED, CLOSED

	}

}
