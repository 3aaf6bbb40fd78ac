package io.meshline.readers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Physical lines of an export, decoded one line at a time. A UTF-8 file may hold lines written in
 * windows-1252 (a Latin-1 name pasted from an old system): such a line is decoded as windows-1252
 * rather than lost, and counted. A leading UTF-8 BOM is dropped. Lines end at LF, CRLF or a lone
 * CR, as in Commons CSV. Not thread-safe.
 */
final class LineSource {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	/** Eight bytes of 14, one more than CR: a byte below it borrows in {@code x - BELOW_CR}. */
	private static final long BELOW_CR = 0x0E0E0E0E0E0E0E0EL;

	private static final long HIGH_BITS = 0x8080808080808080L;

	private final InputStream in;

	private final Charset charset;

	private final CharsetDecoder strictUtf8;

	private byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private boolean eof;

	private boolean started;

	private long lineNumber;

	private long recodedLines;

	private String terminator = "";

	private final boolean fileStart;

	LineSource(InputStream in, Charset charset) {
		this(in, charset, true, 0);
	}

	/**
	 * @param fileStart whether the input is the start of the file, where a BOM is dropped; a part
	 * of a file that starts later keeps its first bytes whatever they are
	 * @param linesBefore how many physical lines of the file come before the input
	 */
	LineSource(InputStream in, Charset charset, boolean fileStart, long linesBefore) {
		this.in = in;
		this.charset = charset;
		this.fileStart = fileStart;
		this.lineNumber = linesBefore;
		this.strictUtf8 = StandardCharsets.UTF_8.equals(charset) ? StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT) : null;
	}

	/** The next line without its terminator, or {@code null} at the end of the input. */
	String next() throws IOException {
		int scan = this.position;
		while (true) {
			int i = lineBreak(scan);
			scan = i;
			if (i < this.limit) {
				byte b = this.buffer[i];
				// a CR at the end of the buffer may be half of a CRLF: read more first
				if (b == '\n' || i + 1 < this.limit || this.eof) {
					boolean crlf = b == '\r' && i + 1 < this.limit && this.buffer[i + 1] == '\n';
					this.terminator = crlf ? "\r\n" : (b == '\r') ? "\r" : "\n";
					return line(i, i + this.terminator.length());
				}
			}
			if (this.eof) {
				this.terminator = "";
				return (this.position < this.limit) ? line(this.limit, this.limit) : null;
			}
			scan -= this.position;
			fill();
			scan += this.position;
		}
	}

	/**
	 * The offset of the first CR or LF at or after {@code from}, or {@code limit}. Eight bytes at a
	 * time while none is below 14 (CR and LF are; a tab is looked at byte by byte).
	 */
	private int lineBreak(int from) {
		byte[] b = this.buffer;
		int i = from;
		while (i + Long.BYTES <= this.limit) {
			long x = (long) LONGS.get(b, i);
			if ((((x - BELOW_CR) & ~x) & HIGH_BITS) != 0) {
				for (int end = i + Long.BYTES; i < end; i++) {
					if (b[i] == '\n' || b[i] == '\r') {
						return i;
					}
				}
			}
			else {
				i += Long.BYTES;
			}
		}
		for (; i < this.limit; i++) {
			if (b[i] == '\n' || b[i] == '\r') {
				return i;
			}
		}
		return this.limit;
	}

	private String line(int end, int next) {
		int start = this.position;
		this.position = next;
		this.lineNumber++;
		return decode(start, end - start);
	}

	private String decode(int offset, int length) {
		String text = new String(this.buffer, offset, length, this.charset);
		// U+FFFD marks bytes that were not UTF-8; check strictly, since the text may hold a real U+FFFD.
		if (this.strictUtf8 != null && text.indexOf('\uFFFD') >= 0 && !isUtf8(offset, length)) {
			this.recodedLines++;
			return new String(this.buffer, offset, length, WINDOWS_1252);
		}
		return text;
	}

	private boolean isUtf8(int offset, int length) {
		try {
			this.strictUtf8.reset().decode(ByteBuffer.wrap(this.buffer, offset, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private void fill() throws IOException {
		int kept = this.limit - this.position;
		if (kept == this.buffer.length) {
			byte[] bigger = new byte[this.buffer.length * 2]; // a very long line, or a long quoted field
			System.arraycopy(this.buffer, this.position, bigger, 0, kept);
			this.buffer = bigger;
		}
		else {
			System.arraycopy(this.buffer, this.position, this.buffer, 0, kept);
		}
		this.position = 0;
		this.limit = kept;
		int read = this.in.readNBytes(this.buffer, kept, this.buffer.length - kept);
		this.limit += read;
		this.eof = read == 0;
		if (!this.started) {
			this.started = true;
			if (this.fileStart) {
				skipBom();
			}
		}
	}

	private void skipBom() {
		if (this.limit >= 3 && (this.buffer[0] & 0xFF) == 0xEF && (this.buffer[1] & 0xFF) == 0xBB
				&& (this.buffer[2] & 0xFF) == 0xBF) {
			this.position = 3;
		}
	}

	/** The number of the line last returned (1 = first line of the file, also in a later part of it). */
	long lineNumber() {
		return this.lineNumber;
	}

	/** The terminator of the line last returned: LF, CRLF, CR, or empty at the end of the input. */
	String terminator() {
		return this.terminator;
	}

	/** How many lines were not valid UTF-8 and were decoded as windows-1252. */
	long recodedLines() {
		return this.recodedLines;
	}

}
