package io.meshline.core.model;

import java.util.Objects;

/**
 * An input row that could not be accepted, with where and why. Immutable and thread-safe.
 *
 * @param file the file name as given by the user; never {@code null}
 * @param line the physical line the row starts on (1 = header)
 * @param column the column at fault, or {@code null} when the fault is the row itself
 * @param reason a full sentence a person can act on; never {@code null}
 * @param rawLine the row as read, or {@code null} when it could not be recovered
 * @param recordId the row's record id when one could be read, else {@code null}
 */
public record Rejection(String file, long line, String column, String reason, String rawLine, String recordId) {

	public Rejection {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(reason, "reason");
	}

	/** The message a person reads: file, line, column and reason. */
	public String describe() {
		return "line " + this.line + " of " + this.file + (this.column != null ? ", column " + this.column : "")
				+ ": " + this.reason;
	}

}
