package io.meshline.jobs.reconcile.partition;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Reads what {@link SpillOutput} wrote. Not thread-safe. */
final class SpillInput implements Closeable {

	private final DataInputStream in;

	SpillInput(InputStream in) {
		this.in = new DataInputStream(new BufferedInputStream(in, 1 << 16));
	}

	/** The next record's tag, or -1 at the end of the file. */
	int readTag() throws IOException {
		return this.in.read();
	}

	boolean readBoolean() throws IOException {
		return this.in.readBoolean();
	}

	long readLong() throws IOException {
		return this.in.readLong();
	}

	String readString() throws IOException {
		int length = this.in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = new byte[length];
		this.in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	BigDecimal readAmount() throws IOException {
		int kind = this.in.readByte();
		return switch (kind) {
			case 0 -> null;
			case 1 -> {
				int scale = this.in.readInt();
				yield BigDecimal.valueOf(this.in.readLong(), scale);
			}
			case 2 -> new BigDecimal(readString());
			default -> throw new EOFException("Spill file damaged: amount kind " + kind + ".");
		};
	}

	LocalDate readDate() throws IOException {
		return this.in.readBoolean() ? LocalDate.ofEpochDay(this.in.readLong()) : null;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
