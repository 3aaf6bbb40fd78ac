package io.meshline.jobs.reconcile.partition;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes the primitive values of spilled records: nullable strings as a length and UTF-8 bytes,
 * amounts as scale and unscaled value, dates as epoch days. Only {@link SpillInput} reads it back,
 * within one run, so the format has no version. Not thread-safe.
 */
final class SpillOutput implements Closeable {

	private static final int NULL = -1;

	private final DataOutputStream out;

	SpillOutput(OutputStream out) {
		this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
	}

	void writeByte(int value) throws IOException {
		this.out.writeByte(value);
	}

	void writeBoolean(boolean value) throws IOException {
		this.out.writeBoolean(value);
	}

	void writeLong(long value) throws IOException {
		this.out.writeLong(value);
	}

	void writeString(String value) throws IOException {
		if (value == null) {
			this.out.writeInt(NULL);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		this.out.writeInt(bytes.length);
		this.out.write(bytes);
	}

	void writeAmount(BigDecimal value) throws IOException {
		if (value == null) {
			this.out.writeByte(0);
		}
		else if (value.unscaledValue().bitLength() < 64) {
			this.out.writeByte(1);
			this.out.writeInt(value.scale());
			this.out.writeLong(value.unscaledValue().longValue());
		}
		else {
			this.out.writeByte(2);
			writeString(value.toString());
		}
	}

	void writeDate(LocalDate value) throws IOException {
		this.out.writeBoolean(value != null);
		if (value != null) {
			this.out.writeLong(value.toEpochDay());
		}
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
