package io.meshline.core.backfill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A deterministic slice of deal keys: a key is in the slice when its bucket (from a SHA-256 hash
 * of the key, 0 to 9,999) is below the slice's share. The bucket depends on the key alone, so a
 * 10% slice is always inside the 50% slice, which is inside the whole set, and the same key lands
 * in the same slice on every machine and run. Immutable and thread-safe.
 */
public final class SampleSlice {

	/** The number of buckets: a share has two decimals of a percent. */
	static final int BUCKETS = 10_000;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BigDecimal percent;

	private final int bucketsIncluded;

	private SampleSlice(BigDecimal percent) {
		this.percent = percent;
		this.bucketsIncluded = percent.multiply(HUNDRED).setScale(0, RoundingMode.DOWN).intValueExact();
	}

	/**
	 * A slice of {@code percent} per cent of the keys.
	 * @throws IllegalArgumentException when the share is not above 0 and at most 100, or finer than 0.01
	 */
	public static SampleSlice percent(BigDecimal percent) {
		if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException(
					"A sample must be above 0% and at most 100%, got " + percent.toPlainString() + "%.");
		}
		if (percent.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(
					"A sample is given to at most two decimals of a percent, got " + percent.toPlainString() + "%.");
		}
		return new SampleSlice(percent.stripTrailingZeros());
	}

	/** Every key. */
	public static SampleSlice all() {
		return new SampleSlice(HUNDRED);
	}

	/** Parses {@code 10}, {@code 10%} or {@code 12.5%}. */
	public static SampleSlice parse(String text) {
		String digits = text.trim().endsWith("%") ? text.trim().substring(0, text.trim().length() - 1) : text.trim();
		try {
			return percent(new BigDecimal(digits));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("A sample is a percentage such as 10% or 12.5%, got \"" + text + "\".");
		}
	}

	/** Whether {@code key} is in the slice. */
	public boolean includes(String key) {
		return bucket(key) < this.bucketsIncluded;
	}

	/** The share as a plain number of percent, {@code 10} or {@code 12.5}. */
	public String percentText() {
		return this.percent.toPlainString();
	}

	static int bucket(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			long value = ByteBuffer.wrap(hash).getLong() >>> 1;
			return (int) (value % BUCKETS);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256.", ex);
		}
	}

}
