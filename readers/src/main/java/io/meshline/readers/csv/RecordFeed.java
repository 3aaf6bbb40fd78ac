package io.meshline.readers.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Serves assembled records, one per line, to a single Commons CSV parser, and remembers where each
 * came from. The parser reads ahead, so the records it has not returned yet wait in a queue; each
 * record it returns is the head of the queue. A truncated last record is held back, so the parser
 * never sees an unbalanced quote. Not thread-safe.
 */
final class RecordFeed extends Reader {

	/** Where a record served to the parser came from, and where it starts in what was served. */
	record Served(PhysicalRecord record, long position) {
	}

	private final RecordAssembler assembler;

	private final Deque<Served> served = new ArrayDeque<>();

	private PhysicalRecord truncated;

	private String current;

	private int offset;

	private boolean newlinePending;

	private long position;

	RecordFeed(RecordAssembler assembler) {
		this.assembler = assembler;
	}

	@Override
	public int read(char[] target, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		if (this.current != null && this.offset == this.current.length() && this.newlinePending) {
			this.newlinePending = false;
			target[off] = '\n';
			this.position++;
			return 1;
		}
		if ((this.current == null || this.offset == this.current.length()) && !advance()) {
			return -1;
		}
		int count = Math.min(len, this.current.length() - this.offset);
		this.current.getChars(this.offset, this.offset + count, target, off);
		this.offset += count;
		this.position += count;
		return count;
	}

	private boolean advance() throws IOException {
		PhysicalRecord record = (this.truncated == null) ? this.assembler.next() : null;
		if (record == null) {
			return false;
		}
		if (record.truncated()) {
			this.truncated = record;
			return false;
		}
		this.served.add(new Served(record, this.position));
		this.current = record.text();
		this.offset = 0;
		this.newlinePending = true;
		return true;
	}

	/** The record the parser returned next. */
	Served poll() {
		return this.served.poll();
	}

	/** The last record when the file ended inside its quotes, else {@code null}. */
	PhysicalRecord truncated() {
		return this.truncated;
	}

	@Override
	public void close() {
		this.served.clear();
	}

}
