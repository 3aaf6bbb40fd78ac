package io.meshline.core.text;

/**
 * A 64-bit hash of a key: FNV-1a over its chars, then a 64-bit finaliser so that keys differing in
 * one char spread out. For sets kept as hashes rather than strings, where memory must not grow with
 * the keys' length.
 */
public final class KeyHash {

	private KeyHash() {
	}

	public static long of(String key) {
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
