package io.meshline.readers.csv;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import io.meshline.core.contract.Contract;

/**
 * Cuts an export into chunks of whole records, in file order, so that several threads can parse one
 * file: each chunk is read on its own by an {@link ExportReader} ({@link ExportReader#open} for the
 * first, {@link ExportReader#openPart} for the others) and yields the same rows, with the same line
 * numbers, as the whole file read at once.
 * <p>
 * A chunk ends at a line break outside quotes, found by the rules of {@link RecordAssembler} applied
 * to bytes: a quote opens a field only as its first character (at the start of a record or right
 * after a delimiter), {@code ""} inside a quoted field is a quote, and a line that starts a record
 * with the comment prefix is skipped whole, quotes and all. Lines end at LF, CRLF or a lone CR, and
 * are counted so that every chunk knows how many lines come before it. Only the quote, the
 * delimiter and line breaks matter, so the scan needs a charset in which these are single bytes that
 * no other character's bytes contain ({@link #splittable}); a file cut off inside a quoted field
 * leaves its broken record in the last chunk, where its reader rejects it as it does today.
 * <p>
 * The scan costs a pass over bytes that looks at three byte values, a small part of parsing;
 * {@link #next} runs it for one chunk at a time under this object's lock. Thread-safe.
 */
public final class RecordChunks implements Closeable {

	private static final int SPARE_ARRAYS = 4;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	/** Eight bytes of 14, one more than CR: a byte below it borrows in {@code x - BELOW_CR}. */
	private static final long BELOW_CR = 0x0E0E0E0E0E0E0E0EL;

	/** Eight quotes: a quote is a zero byte once xor-ed with these. */
	private static final long QUOTES = 0x2222222222222222L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	private final InputStream in;

	private final long size;

	private final int target;

	private final byte delimiter;

	private final Charset charset;

	private final byte[] comment;

	/** Bytes to look ahead before a byte is scanned: CR's next byte, a comment prefix. */
	private final int lookahead;

	private final int capacity;

	/** Arrays of chunks that were read, to cut the next chunks into: fresh ones would cost page faults and GC. */
	private final Deque<byte[]> spare = new ArrayDeque<>();

	private byte[] buffer;

	private int limit;

	private int scan;

	private boolean eof;

	private boolean done;

	private int index;

	private long claimed;

	private long linesBefore;

	/** Line breaks between the start of the buffer and {@code scan}. */
	private long lines;

	private boolean quoted;

	private boolean inComment;

	private boolean atRecordStart = true;

	private int recordStart;

	private int lastClose = -2;

	/**
	 * Whether a record that is neither blank nor a comment has ended: the first chunk holds at
	 * least that one, the header, which every reader of a later chunk is given.
	 */
	private boolean headerSeen;

	private RecordChunks(InputStream in, long size, Contract contract, int target) {
		this.in = in;
		this.size = size;
		this.target = Math.max(1, target);
		this.delimiter = (byte) contract.delimiter();
		this.charset = Charset.forName(contract.encoding());
		this.comment = (contract.commentPrefix() != null)
				? contract.commentPrefix().getBytes(StandardCharsets.US_ASCII) : null;
		this.lookahead = 1 + ((this.comment != null) ? this.comment.length : 0);
		this.capacity = this.target + Math.max(64 * 1024, this.target / 4);
		this.buffer = new byte[this.capacity];
	}

	/**
	 * Whether a file under {@code contract} can be cut by bytes: an ASCII-compatible single-byte
	 * charset or UTF-8, an ASCII delimiter other than the quote, and an ASCII comment prefix. Any
	 * other file is read whole, on one thread.
	 */
	public static boolean splittable(Contract contract) {
		String charset;
		try {
			charset = Charset.forName(contract.encoding()).name().toUpperCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		boolean asciiBytes = charset.equals("UTF-8") || charset.equals("US-ASCII") || charset.startsWith("ISO-8859-")
				|| charset.startsWith("WINDOWS-125");
		char d = contract.delimiter();
		boolean plainDelimiter = d > 0 && d < 0x80 && d != '"' && d != '\n' && d != '\r';
		String prefix = contract.commentPrefix();
		boolean plainPrefix = prefix == null || prefix.chars().allMatch((c) -> c > 0 && c < 0x80 && c != '\n' && c != '\r');
		return asciiBytes && plainDelimiter && plainPrefix;
	}

	/**
	 * Opens {@code file} for cutting into chunks of about {@code targetBytes} each (a chunk ends at the
	 * first record boundary at or past it).
	 * @throws IllegalArgumentException when the contract is not {@link #splittable}
	 */
	public static RecordChunks open(Path file, Contract contract, int targetBytes) throws IOException {
		if (!splittable(contract)) {
			throw new IllegalArgumentException("A file under contract " + contract.name() + " cannot be cut by bytes.");
		}
		return new RecordChunks(Files.newInputStream(file), Files.size(file), contract, targetBytes);
	}

	/** Cuts a stream held in memory, for tests and small inputs. */
	static RecordChunks of(byte[] bytes, Contract contract, int targetBytes) {
		return new RecordChunks(new ByteArrayInputStream(bytes), bytes.length, contract, targetBytes);
	}

	/**
	 * About how many bytes of the file are not yet in a chunk: 0 once {@link #next} has handed out
	 * the last chunk, and at least 1 before (the file may have grown since it was opened).
	 */
	public synchronized long unclaimedBytes() {
		return this.done ? 0 : Math.max(1, this.size - this.claimed);
	}

	/**
	 * The next chunk, or {@code null} after the last one.
	 * @throws IOException when the file cannot be read
	 */
	public synchronized Chunk next() throws IOException {
		if (this.done) {
			return null;
		}
		if (this.index == 0 && this.limit == 0) {
			fill();
			if (this.limit >= 3 && this.buffer[0] == BOM[0] && this.buffer[1] == BOM[1] && this.buffer[2] == BOM[2]) {
				this.scan = 3; // the BOM belongs to no record; the first reader drops it
				this.recordStart = 3;
			}
		}
		while (true) {
			int end = scanToBoundary(this.eof ? this.limit : this.limit - this.lookahead);
			if (end >= 0) {
				return cut(end);
			}
			if (this.eof) {
				this.done = true;
				return (this.limit > 0) ? new Chunk(this.index, this.buffer, this.limit, this.linesBefore) : null;
			}
			fill();
		}
	}

	private Chunk cut(int end) {
		Chunk chunk = new Chunk(this.index++, this.buffer, end, this.linesBefore);
		int left = this.limit - end;
		byte[] rest = (left <= this.capacity && !this.spare.isEmpty()) ? this.spare.pop()
				: new byte[Math.max(this.capacity, left)];
		System.arraycopy(this.buffer, end, rest, 0, this.limit - end);
		this.buffer = rest;
		this.limit -= end;
		this.scan = 0;
		this.claimed += end;
		this.linesBefore += this.lines;
		this.lines = 0;
		this.recordStart = 0;
		this.lastClose = -2;
		return chunk;
	}

	private void fill() throws IOException {
		if (this.limit == this.buffer.length) {
			byte[] bigger = new byte[this.buffer.length * 2]; // a very long record
			System.arraycopy(this.buffer, 0, bigger, 0, this.limit);
			this.buffer = bigger;
		}
		int wanted = this.buffer.length - this.limit;
		int read = this.in.readNBytes(this.buffer, this.limit, wanted);
		this.limit += read;
		this.eof = read < wanted;
	}

	/**
	 * Scans from {@code scan} up to (not including) {@code to}; returns the offset just past the
	 * first record boundary at or past the target size, or -1 if there is none before {@code to}.
	 */
	private int scanToBoundary(int to) {
		byte[] b = this.buffer;
		int i = this.scan;
		while (i < to) {
			if (this.atRecordStart) {
				this.atRecordStart = false;
				this.recordStart = i;
				this.inComment = this.comment != null && startsWithComment(i);
			}
			i = nextSpecial(b, i, to);
			if (i == to) {
				this.scan = i;
				return -1;
			}
			byte c = b[i];
			if (c == '"') {
				if (this.inComment) {
					// a comment line is skipped whole
				}
				else if (this.quoted) {
					this.quoted = false;
					this.lastClose = i;
				}
				else if (i == this.recordStart || b[i - 1] == this.delimiter || this.lastClose == i - 1) {
					// at a field's start, or right after a closing quote (an escaped quote)
					this.quoted = true;
				}
				i++;
				continue;
			}
			int lineEnd = i;
			i += (c == '\r' && i + 1 < this.limit && b[i + 1] == '\n') ? 2 : 1;
			this.lines++;
			if (this.quoted) {
				continue; // a line break inside a quoted field
			}
			if (!this.headerSeen && !this.inComment && !isBlank(this.recordStart, lineEnd)) {
				this.headerSeen = true;
			}
			this.inComment = false;
			this.atRecordStart = true;
			if (this.headerSeen && i >= this.target) {
				this.scan = i;
				return i;
			}
		}
		this.scan = i;
		return -1;
	}

	/**
	 * The offset of the first quote, CR or LF at or after {@code from}, or {@code to}. Most bytes are
	 * none of them, so it tests eight bytes at once for a quote or a byte below 14 (CR, LF, and the
	 * rare tab or control byte, which the byte-by-byte look then passes over).
	 */
	private static int nextSpecial(byte[] b, int from, int to) {
		int i = from;
		while (i + Long.BYTES <= to) {
			long x = (long) LONGS.get(b, i);
			long quotes = x ^ QUOTES;
			if (((((x - BELOW_CR) & ~x) | ((quotes - ONES) & ~quotes)) & HIGH_BITS) != 0) {
				for (int end = i + Long.BYTES; i < end; i++) {
					byte c = b[i];
					if (c == '"' || c == '\n' || c == '\r') {
						return i;
					}
				}
			}
			else {
				i += Long.BYTES;
			}
		}
		for (; i < to; i++) {
			byte c = b[i];
			if (c == '"' || c == '\n' || c == '\r') {
				return i;
			}
		}
		return to;
	}

	/** Whether a line is blank as {@link RecordAssembler} sees it, decoded ({@link String#isBlank}). */
	private boolean isBlank(int from, int to) {
		for (int k = from; k < to; k++) {
			byte c = this.buffer[k];
			if (c < 0) {
				return new String(this.buffer, from, to - from, this.charset).isBlank();
			}
			if (!Character.isWhitespace(c)) {
				return false;
			}
		}
		return true;
	}

	private boolean startsWithComment(int at) {
		if (at + this.comment.length > this.limit) {
			return false;
		}
		for (int k = 0; k < this.comment.length; k++) {
			if (this.buffer[at + k] != this.comment[k]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Takes back the array of a chunk that nothing reads any more, to cut a later chunk into: the
	 * chunk's bytes change then.
	 */
	public synchronized void release(Chunk chunk) {
		if (chunk.bytes().length == this.capacity && this.spare.size() < SPARE_ARRAYS
				&& this.spare.stream().noneMatch((bytes) -> bytes == chunk.bytes())) {
			this.spare.push(chunk.bytes());
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	/**
	 * Whole records of a file: {@code length} bytes of {@code bytes}, after {@code linesBefore}
	 * physical lines of the file.
	 *
	 * @param index 0 for the chunk that starts the file (with its header), then 1, 2, ...
	 */
	public record Chunk(int index, byte[] bytes, int length, long linesBefore) {

		/** The chunk's bytes as a stream. */
		public InputStream stream() {
			return new ByteArrayInputStream(this.bytes, 0, this.length);
		}

	}

}
