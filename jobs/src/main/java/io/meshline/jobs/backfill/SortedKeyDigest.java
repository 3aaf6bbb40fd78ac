package io.meshline.jobs.backfill;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.meshline.jobs.audit.AuditTrail;

/**
 * The digest {@link AuditTrail#digestOfKeys} gives, computed as the keys stream past instead of
 * from all of them in memory: it holds only while the keys come in that method's (Java string)
 * order, which a database's collation need not follow. Not thread-safe.
 */
final class SortedKeyDigest {

	private final MessageDigest sha;

	private String previous;

	private boolean inOrder = true;

	SortedKeyDigest() {
		try {
			this.sha = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	void add(String key) {
		if (this.previous != null && key.compareTo(this.previous) < 0) {
			this.inOrder = false;
		}
		this.previous = key;
		this.sha.update((key + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** The hex digest, or {@code null} when the keys did not come in order (digest them sorted instead). */
	String hexOrNull() {
		return this.inOrder ? HexFormat.of().formatHex(this.sha.digest()) : null;
	}

}
