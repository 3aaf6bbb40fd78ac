package io.meshline.jobs.reconcile.partition;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes the primitive values of spilled records: whole numbers as variable-length zig-zag
 * integers, nullable strings as a length (0 for null, else length + 1) and UTF-8 bytes, amounts as
 * scale and unscaled value, dates as epoch days. Only {@link SpillInput} reads it back, within one
 * run, so the format has no version. It buffers in a plain array of its own: a
 * {@code DataOutputStream} over a {@code BufferedOutputStream} took a lock per value, and writing the
 * spill cost as much as parsing the exports. {@link #inMemory()} makes one that only grows its array,
 * to encode a chunk's records before they are appended, in file order, to their partitions' files.
 * Not thread-safe.
 */
final class SpillOutput implements Closeable {

	private static final int BUFFER = 1 << 16;

	private final OutputStream out;

	private byte[] buffer = new byte[BUFFER];

	private int position;

	SpillOutput(OutputStream out) {
		this.out = out;
	}

	/** One that keeps everything written in its array, for {@link #bytes()} up to {@link #position()}. */
	static SpillOutput inMemory() {
		return new SpillOutput(null);
	}

	void writeByte(int value) throws IOException {
		room(1);
		this.buffer[this.position++] = (byte) value;
	}

	void writeBoolean(boolean value) throws IOException {
		writeByte(value ? 1 : 0);
	}

	void writeLong(long value) throws IOException {
		room(10);
		long v = (value << 1) ^ (value >> 63);
		while ((v & ~0x7FL) != 0) {
			this.buffer[this.position++] = (byte) ((v & 0x7F) | 0x80);
			v >>>= 7;
		}
		this.buffer[this.position++] = (byte) v;
	}

	void writeString(String value) throws IOException {
		if (value == null) {
			writeLong(0);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		writeLong(bytes.length + 1L);
		if (this.out != null && bytes.length > BUFFER) {
			flush();
			this.out.write(bytes);
			return;
		}
		room(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.position, bytes.length);
		this.position += bytes.length;
	}

	void writeAmount(BigDecimal value) throws IOException {
		if (value == null) {
			writeByte(0);
		}
		else if (value.unscaledValue().bitLength() < 64) {
			writeByte(1);
			writeLong(value.scale());
			writeLong(value.unscaledValue().longValue());
		}
		else {
			writeByte(2);
			writeString(value.toString());
		}
	}

	void writeDate(LocalDate value) throws IOException {
		writeBoolean(value != null);
		if (value != null) {
			writeLong(value.toEpochDay());
		}
	}

	/** Appends bytes written by another {@code SpillOutput}: whole records, already encoded. */
	void writeBytes(byte[] bytes, int offset, int length) throws IOException {
		if (this.out != null && length > BUFFER) {
			flush();
			this.out.write(bytes, offset, length);
			return;
		}
		room(length);
		System.arraycopy(bytes, offset, this.buffer, this.position, length);
		this.position += length;
	}

	/** Bytes written and not yet flushed: all of them in memory. */
	int position() {
		return this.position;
	}

	/** The array behind {@link #position()}; valid until the next write. */
	byte[] bytes() {
		return this.buffer;
	}

	/** Forgets what was written, in memory. */
	void reset() {
		this.position = 0;
	}

	private void room(int bytes) throws IOException {
		if (this.position + bytes > this.buffer.length) {
			if (this.out == null) {
				this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.position + bytes));
			}
			else {
				flush();
			}
		}
	}

	private void flush() throws IOException {
		if (this.out != null) {
			this.out.write(this.buffer, 0, this.position);
			this.position = 0;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			flush();
		}
		finally {
			if (this.out != null) {
				this.out.close();
			}
		}
	}

}
