package io.meshline.jobs.reconcile.partition;

import java.io.IOException;
import java.util.Arrays;

/**
 * One chunk's spilled records, encoded in memory in file order, each with the partition it goes to.
 * A chunk is read on whichever thread is free, but its records are appended to the partition files
 * only in the chunks' order ({@link ExportSource}), so every partition file holds the same bytes as
 * when one thread read the whole export. Not thread-safe.
 */
final class ChunkSpill {

	private final SpillOutput out = SpillOutput.inMemory();

	private int[] partitions = new int[1024];

	private int[] ends = new int[1024];

	private int count;

	/** Where a record's values go; {@link #end} says where the record stops. */
	SpillOutput out() {
		return this.out;
	}

	/** Ends the record written since the last call: it goes to {@code partition}. */
	void end(int partition) {
		if (this.count == this.ends.length) {
			this.partitions = Arrays.copyOf(this.partitions, this.count * 2);
			this.ends = Arrays.copyOf(this.ends, this.count * 2);
		}
		this.partitions[this.count] = partition;
		this.ends[this.count++] = this.out.position();
	}

	/** Bytes held. */
	int size() {
		return this.out.position();
	}

	/** Hands every record to {@code target} in the order written, then forgets them. */
	void drainTo(Target target) throws IOException {
		byte[] bytes = this.out.bytes();
		int start = 0;
		for (int i = 0; i < this.count; i++) {
			target.append(this.partitions[i], bytes, start, this.ends[i] - start);
			start = this.ends[i];
		}
		this.count = 0;
		this.out.reset();
	}

	/** A side's partition files. */
	@FunctionalInterface
	interface Target {

		void append(int partition, byte[] bytes, int offset, int length) throws IOException;

	}

}
