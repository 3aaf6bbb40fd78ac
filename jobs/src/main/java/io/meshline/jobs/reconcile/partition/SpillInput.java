package io.meshline.jobs.reconcile.partition;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Reads what {@link SpillOutput} wrote, through an array of its own for the same reason it writes
 * through one: a buffered stream took a lock per value. Not thread-safe.
 */
final class SpillInput implements Closeable {

	private final Path file;

	private final InputStream in;

	private byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	SpillInput(Path file) throws IOException {
		this.file = file;
		this.in = Files.newInputStream(file);
	}

	/** The next record's tag, or -1 at the end of the file. */
	int readTag() throws IOException {
		return (fill(1) > 0) ? this.buffer[this.position++] & 0xFF : -1;
	}

	boolean readBoolean() throws IOException {
		return readByte() != 0;
	}

	long readLong() throws IOException {
		fill(10);
		long v = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			int b = readByte();
			v |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return (v >>> 1) ^ -(v & 1);
			}
		}
		throw damaged("a number runs past 10 bytes");
	}

	String readString() throws IOException {
		long length = readLong() - 1;
		if (length < 0) {
			return null;
		}
		if (length > Integer.MAX_VALUE - 16 || fill((int) length) < length) {
			throw damaged("a text runs past the end");
		}
		String value = new String(this.buffer, this.position, (int) length, StandardCharsets.UTF_8);
		this.position += (int) length;
		return value;
	}

	BigDecimal readAmount() throws IOException {
		int kind = readByte();
		return switch (kind) {
			case 0 -> null;
			case 1 -> {
				int scale = (int) readLong();
				yield BigDecimal.valueOf(readLong(), scale);
			}
			case 2 -> new BigDecimal(readString());
			default -> throw damaged("amount kind " + kind);
		};
	}

	LocalDate readDate() throws IOException {
		return readBoolean() ? LocalDate.ofEpochDay(readLong()) : null;
	}

	private int readByte() throws IOException {
		if (this.position >= this.limit && fill(1) == 0) {
			throw damaged("it ends inside a record");
		}
		return this.buffer[this.position++];
	}

	/** Makes {@code bytes} bytes readable from the array, or as many as the file has left; returns how many are. */
	private int fill(int bytes) throws IOException {
		int available = this.limit - this.position;
		if (available >= bytes) {
			return available;
		}
		System.arraycopy(this.buffer, this.position, this.buffer, 0, available);
		this.position = 0;
		this.limit = available;
		if (bytes > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, bytes);
		}
		while (this.limit < bytes) {
			int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (read < 0) {
				break;
			}
			this.limit += read;
		}
		return this.limit;
	}

	private EOFException damaged(String why) {
		return new EOFException("Spill file " + this.file + " is damaged: " + why + ".");
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
