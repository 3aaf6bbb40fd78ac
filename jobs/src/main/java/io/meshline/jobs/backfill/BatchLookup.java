package io.meshline.jobs.backfill;

import io.meshline.jobs.backfill.BackfillBatches.Batch;

/** Finds the batch a command names, with the sentence to say when it cannot be used. */
final class BatchLookup {

	private BatchLookup() {
	}

	/**
	 * A batch that finished staging.
	 * @throws IllegalArgumentException when there is no such batch, it is a dry run, or it has not
	 * finished staging
	 */
	static Batch staged(BackfillBatches batches, long batchId) {
		Batch batch = batches.find(batchId);
		if (batch == null) {
			throw new IllegalArgumentException(
					"There is no backfill batch " + batchId + "; 'meshline jobs list' shows the backfillJob runs.");
		}
		if (batch.dryRun()) {
			throw new IllegalArgumentException("Batch " + batchId + " is a dry run: it planned but staged nothing. "
					+ "Run the same backfill without --dry-run to stage it.");
		}
		if (BackfillBatches.PLANNED.equals(batch.status())) {
			throw new IllegalArgumentException("Batch " + batchId + " has not finished staging. Resume it with the same "
					+ "backfill command (or 'meshline jobs restart') before promoting it.");
		}
		return batch;
	}

}
