package io.meshline.jobs.backfill;

import java.util.Arrays;

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

	/** FNV-1a over the key's chars, then a 64-bit finaliser so that similar keys spread out. */
	static long hash(String key) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			h ^= key.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		return h ^ (h >>> 33);
	}

}
