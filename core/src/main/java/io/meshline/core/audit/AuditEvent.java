package io.meshline.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One event of the audit trail, sealed into the hash chain: its hash covers every field and the
 * hash of the event before it, so editing, deleting or moving an event breaks the chain. Immutable.
 *
 * @param seq the position in the trail, from 1 with no gap
 * @param at when it happened, in UTC, to the millisecond (what every database keeps exactly)
 * @param actor who did it (an operating-system or {@code --actor} name); never {@code null}
 * @param kind what happened, e.g. {@code run.started}; never {@code null}
 * @param subject what it happened to, e.g. {@code reconcileJob run 7}; never {@code null}
 * @param detail the facts, e.g. counts and digests; never {@code null}
 * @param prevHash the hash of event {@code seq - 1}, empty for the first event
 * @param hash {@link #hashOf} of the fields above
 */
public record AuditEvent(long seq, LocalDateTime at, String actor, String kind, String subject, String detail,
		String prevHash, String hash) {

	public AuditEvent {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(prevHash, "prevHash");
		Objects.requireNonNull(hash, "hash");
	}

	/** A new event after the one whose hash is {@code prevHash}, with its hash computed. */
	public static AuditEvent seal(long seq, LocalDateTime at, String actor, String kind, String subject, String detail,
			String prevHash) {
		LocalDateTime millis = at.truncatedTo(ChronoUnit.MILLIS);
		return new AuditEvent(seq, millis, actor, kind, subject, detail, prevHash,
				hashOf(seq, millis, actor, kind, subject, detail, prevHash));
	}

	/** Whether the stored hash is the hash of the stored fields. */
	public boolean intact() {
		return this.hash.equals(hashOf(this.seq, this.at, this.actor, this.kind, this.subject, this.detail,
				this.prevHash));
	}

	/** Whether this event's fields, had it been written at position {@code otherSeq}, give its stored hash. */
	public boolean sealedAt(long otherSeq) {
		return this.hash.equals(hashOf(otherSeq, this.at, this.actor, this.kind, this.subject, this.detail,
				this.prevHash));
	}

	/**
	 * SHA-256, in lower-case hex, over a canonical encoding: each field as its UTF-8 byte length, a
	 * colon, the bytes and a newline. Length prefixes make the encoding unambiguous, so no two
	 * different events encode alike; the time is ISO-8601 to the millisecond.
	 */
	public static String hashOf(long seq, LocalDateTime at, String actor, String kind, String subject, String detail,
			String prevHash) {
		MessageDigest digest = sha256();
		for (String field : new String[] { Long.toString(seq), at.truncatedTo(ChronoUnit.MILLIS).toString(), actor,
				kind, subject, detail, prevHash }) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
			digest.update(bytes);
			digest.update((byte) '\n');
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
