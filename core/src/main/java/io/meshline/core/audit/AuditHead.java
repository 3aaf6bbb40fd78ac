package io.meshline.core.audit;

import java.util.Optional;

/**
 * The newest event of a trail as recorded somewhere else than the trail itself (a file, a run's
 * manifest, a note an auditor kept): the trail must still hold that event, with that hash.
 *
 * @param seq the event's position
 * @param hash its hash
 * @param source where this head was recorded, for messages
 */
public record AuditHead(long seq, String hash, String source) {

	/** Reads {@code SEQ:HASH} (the form {@code audit verify} prints), or empty when it is not one. */
	public static Optional<AuditHead> parse(String text, String source) {
		String[] parts = text.trim().split(":", -1);
		if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		return Optional.of(new AuditHead(Long.parseLong(parts[0]), parts[1], source));
	}

	@Override
	public String toString() {
		return this.seq + ":" + this.hash;
	}

}
