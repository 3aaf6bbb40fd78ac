package io.meshline.jobs.reconcile.partition;

/**
 * What one export came to: rows read (accepted plus rejected), accepted, rejected, and lines that
 * were not UTF-8 and were read as windows-1252.
 */
public record SideCounts(long read, long accepted, long rejected, long recoded) {

	/** The CRM side once rows repeating an earlier deal id have been rejected too. */
	SideCounts withRepeatedIds(long repeated) {
		return new SideCounts(this.read, this.accepted - repeated, this.rejected + repeated, this.recoded);
	}

}
