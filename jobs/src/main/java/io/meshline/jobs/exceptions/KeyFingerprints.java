package io.meshline.jobs.exceptions;

import io.meshline.core.text.KeyHash;

/**
 * A set of keys kept as 64-bit fingerprints in an open-addressing table at most half full, 16 to 32
 * bytes a key (the 551,000 exceptions of a first night at 10M deals take 16 MB): it may say a key
 * is in the set when it is not (two keys with one fingerprint), never the reverse. Not thread-safe.
 */
final class KeyFingerprints {

	/** Marks a free slot; a key whose fingerprint is 0 is kept as 1. */
	private static final long FREE = 0L;

	private long[] slots = new long[1 << 12];

	private int size;

	void add(String key) {
		if ((this.size + 1) * 2 > this.slots.length) {
			grow();
		}
		if (put(this.slots, fingerprint(key))) {
			this.size++;
		}
	}

	boolean mightContain(String key) {
		long fingerprint = fingerprint(key);
		int mask = this.slots.length - 1;
		for (int i = slot(fingerprint, mask); this.slots[i] != FREE; i = (i + 1) & mask) {
			if (this.slots[i] == fingerprint) {
				return true;
			}
		}
		return false;
	}

	private void grow() {
		long[] larger = new long[this.slots.length * 2];
		for (long fingerprint : this.slots) {
			if (fingerprint != FREE) {
				put(larger, fingerprint);
			}
		}
		this.slots = larger;
	}

	/** Whether {@code fingerprint} was not in {@code slots} yet. */
	private static boolean put(long[] slots, long fingerprint) {
		int mask = slots.length - 1;
		int i = slot(fingerprint, mask);
		while (slots[i] != FREE) {
			if (slots[i] == fingerprint) {
				return false;
			}
			i = (i + 1) & mask;
		}
		slots[i] = fingerprint;
		return true;
	}

	private static int slot(long fingerprint, int mask) {
		return (int) (fingerprint >>> 32) & mask;
	}

	/** The key's hash, moved off the value that marks a free slot. */
	static long fingerprint(String key) {
		long h = KeyHash.of(key);
		return (h != FREE) ? h : 1L;
	}

}
