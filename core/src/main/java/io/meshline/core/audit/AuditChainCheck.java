package io.meshline.core.audit;

import java.util.List;
import java.util.Optional;

/**
 * Checks an audit trail read in sequence order, one event at a time, and names the first event that
 * breaks it: edited (its hash no longer matches its fields), deleted (a gap in the sequence, or
 * fewer events than a head recorded elsewhere), reordered (an event sealed at another position), or
 * relinked (a valid hash that does not chain to the event before: rewritten after the fact).
 * Not thread-safe; one instance per check.
 */
public final class AuditChainCheck {

	/** What is wrong with the trail, and at which event. */
	public enum Problem {

		EDITED, DELETED, REORDERED, RELINKED

	}

	/**
	 * The first break found.
	 * @param seq the event it names
	 * @param problem what kind of break
	 * @param message a sentence for the person who ran the check
	 */
	public record Break(long seq, Problem problem, String message) {
	}

	private static final int REORDER_SEARCH = 1000;

	private final List<AuditHead> heads;

	private long count;

	private AuditEvent last;

	private Break found;

	/** @param heads heads recorded outside the trail, each of which the trail must still hold; may be empty */
	public AuditChainCheck(List<AuditHead> heads) {
		this.heads = List.copyOf(heads);
	}

	/** Takes the next event; returns the break it shows, if it is the first one. */
	public Optional<Break> accept(AuditEvent event) {
		if (this.found != null) {
			return Optional.empty();
		}
		long expected = (this.last != null) ? this.last.seq() + 1 : 1;
		this.found = check(event, expected);
		this.count++;
		this.last = event;
		return Optional.ofNullable(this.found);
	}

	private Break check(AuditEvent event, long expected) {
		if (!event.intact()) {
			for (long other = Math.max(1, event.seq() - REORDER_SEARCH); other <= event.seq() + REORDER_SEARCH; other++) {
				if (other != event.seq() && event.sealedAt(other)) {
					return new Break(event.seq(), Problem.REORDERED, "event " + event.seq() + " (" + event.kind() + " "
							+ event.subject() + ") was written as event " + other + ": the events were reordered.");
				}
			}
			return new Break(event.seq(), Problem.EDITED, "event " + event.seq() + " (" + event.kind() + " "
					+ event.subject() + ") was edited: its hash does not match its content.");
		}
		if (event.seq() > expected) {
			String missing = (event.seq() - expected == 1) ? "event " + expected
					: "events " + expected + " to " + (event.seq() - 1);
			return new Break(expected, Problem.DELETED, missing + " deleted: the trail goes from "
					+ ((this.last != null) ? "event " + this.last.seq() : "the start") + " to event " + event.seq() + ".");
		}
		String previousHash = (this.last != null) ? this.last.hash() : "";
		if (event.seq() < expected || !event.prevHash().equals(previousHash)) {
			return new Break(event.seq(), Problem.RELINKED, "event " + event.seq() + " (" + event.kind() + " "
					+ event.subject() + ") does not link to event " + (event.seq() - 1)
					+ ": events before it were deleted, replaced or reordered and the chain rewritten.");
		}
		for (AuditHead head : this.heads) {
			if (event.seq() == head.seq() && !event.hash().equals(head.hash())) {
				return new Break(event.seq(), Problem.RELINKED, "event " + event.seq() + " (" + event.kind() + " "
						+ event.subject() + ") is not the event " + head.source()
						+ " records: the trail was rewritten from there on.");
			}
		}
		return null;
	}

	/**
	 * Ends the check: with no break so far, every head recorded outside the trail must still be in it.
	 * @return the first break, if any
	 */
	public Optional<Break> finish() {
		if (this.found != null) {
			return Optional.of(this.found);
		}
		long newest = (this.last != null) ? this.last.seq() : 0;
		for (AuditHead head : this.heads) {
			if (head.seq() > newest) {
				this.found = new Break(newest + 1, Problem.DELETED, ((head.seq() == newest + 1) ? "event " + head.seq()
						: "events " + (newest + 1) + " to " + head.seq()) + " deleted: " + head.source()
						+ " records event " + head.seq() + " but the trail ends at event " + newest + ".");
				return Optional.of(this.found);
			}
		}
		return Optional.empty();
	}

	public long count() {
		return this.count;
	}

	/** The newest event seen, or {@code null} for an empty trail. */
	public AuditEvent last() {
		return this.last;
	}

}
