package io.meshline.jobs.reconcile.partition;

import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads what {@link SpillOutput} wrote, from the whole file in memory: a partition file is about
 * the partition size, which the heap holds for the partition's records anyway. Not thread-safe.
 */
final class SpillInput {

	private final Path file;

	private final byte[] bytes;

	private int position;

	SpillInput(Path file) throws IOException {
		this.file = file;
		this.bytes = Files.readAllBytes(file);
	}

	/** The next record's tag, or -1 at the end of the file. */
	int readTag() {
		return (this.position < this.bytes.length) ? this.bytes[this.position++] & 0xFF : -1;
	}

	boolean readBoolean() throws IOException {
		return readByte() != 0;
	}

	long readLong() throws IOException {
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
		if (length > this.bytes.length - this.position) {
			throw damaged("a text runs past the end");
		}
		String value = new String(this.bytes, this.position, (int) length, StandardCharsets.UTF_8);
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
		if (this.position >= this.bytes.length) {
			throw damaged("it ends inside a record");
		}
		return this.bytes[this.position++];
	}

	private EOFException damaged(String why) {
		return new EOFException("Spill file " + this.file + " is damaged at byte " + this.position + ": " + why + ".");
	}

}
