package io.meshline.jobs.backfill;

import java.util.Arrays;

import io.meshline.core.text.KeyHash;

/**
 * A set of keys kept as sorted 64-bit hashes, eight bytes a key: a filter that may say a key is in
 * the set when it is not (a hash collision), never the reverse. Add every key, {@link #seal()},
 * then ask. Not thread-safe.
 */
final class KeyHashes {

	private long[] hashes = new long[1_024];

	private int size;

	private boolean sealed;

	void add(String key) {
		if (this.sealed) {
			throw new IllegalStateException("The key set is sealed; add every key before asking.");
		}
		if (this.size == this.hashes.length) {
			this.hashes = Arrays.copyOf(this.hashes, this.size * 2);
		}
		this.hashes[this.size++] = hash(key);
	}

	void seal() {
		Arrays.sort(this.hashes, 0, this.size);
		this.sealed = true;
	}

	boolean mightContain(String key) {
		if (!this.sealed) {
			throw new IllegalStateException("Seal the key set before asking it.");
		}
		return Arrays.binarySearch(this.hashes, 0, this.size, hash(key)) >= 0;
	}

	static long hash(String key) {
		return KeyHash.of(key);
	}

}
