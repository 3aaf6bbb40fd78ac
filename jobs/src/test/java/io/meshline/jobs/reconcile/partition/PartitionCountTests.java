package io.meshline.jobs.reconcile.partition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How many partitions an input of a given size is cut into, with the default sizes and with small ones. */
class PartitionCountTests {

	private static final long MIB = 1L << 20;

	private static final long LARGEST = 8 * MIB;

	private static final long SMALLEST = 2 * MIB;

	@Test
	void shouldCutAMidSizedInputIntoPartitionsOfTheSmallestSize() {
		// the 1M-deal bench set: 115 MB + 62 MB
		assertThat(PartitionedReconcile.partitionCount(177_000_000L, LARGEST, SMALLEST)).isEqualTo(85);
	}

	@Test
	void shouldKeepToTheTargetCountWhilePartitionsGrowToTheLargestSize() {
		// the 10M-deal bench set: 1.8 GB, partitions of about 7 MiB
		assertThat(PartitionedReconcile.partitionCount(1_800_000_000L, LARGEST, SMALLEST))
			.isEqualTo(PartitionedReconcile.PARTITIONS);
	}

	@Test
	void shouldGoPastTheTargetCountOnlyOncePartitionsAreAtTheLargestSize() {
		assertThat(PartitionedReconcile.partitionCount(4L * 1024 * MIB, LARGEST, SMALLEST)).isEqualTo(512);
		assertThat(PartitionedReconcile.partitionCount(1024L * 1024 * MIB, LARGEST, SMALLEST)).isEqualTo(4_096);
	}

	@Test
	void shouldUseOnePartitionForASmallInputAndHonourALargestSizeBelowTheSmallest() {
		assertThat(PartitionedReconcile.partitionCount(40_000L, LARGEST, SMALLEST)).isEqualTo(1);
		assertThat(PartitionedReconcile.partitionCount(0L, LARGEST, SMALLEST)).isEqualTo(1);
		// what the restart tests set to get many partitions from a small file
		assertThat(PartitionedReconcile.partitionCount(10_240L, 1024, SMALLEST)).isEqualTo(10);
	}

}
