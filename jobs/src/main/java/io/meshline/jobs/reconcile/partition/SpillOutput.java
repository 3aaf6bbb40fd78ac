package io.meshline.jobs.reconcile.partition;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes the primitive values of spilled records: whole numbers as variable-length zig-zag
 * integers, nullable strings as a length (0 for null, else length + 1) and UTF-8 bytes, amounts as
 * scale and unscaled value, dates as epoch days. Only {@link SpillInput} reads it back, within one
 * run, so the format has no version. It buffers in a plain array of its own: a
 * {@code DataOutputStream} over a {@code BufferedOutputStream} took a lock per value, and writing the
 * spill cost as much as parsing the exports. Not thread-safe.
 */
final class SpillOutput implements Closeable {

	private static final int BUFFER = 1 << 16;

	private final OutputStream out;

	private final byte[] buffer = new byte[BUFFER];

	private int position;

	SpillOutput(OutputStream out) {
		this.out = out;
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
		if (bytes.length > BUFFER) {
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

	private void room(int bytes) throws IOException {
		if (this.position + bytes > BUFFER) {
			flush();
		}
	}

	private void flush() throws IOException {
		this.out.write(this.buffer, 0, this.position);
		this.position = 0;
	}

	@Override
	public void close() throws IOException {
		try {
			flush();
		}
		finally {
			this.out.close();
		}
	}

}
