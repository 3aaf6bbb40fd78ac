package io.meshline.jobs.reconcile.partition;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;

import io.meshline.core.contract.RowResult;
import io.meshline.core.model.Rejection;
import io.meshline.readers.csv.ExportReader;

/**
 * Reads one export through its contract and spills every accepted record to its partition; every
 * rejected row goes to {@code ML_REJECT} with file, line, column and reason. Runs on its own thread,
 * beside the other export's partitioner.
 *
 * @param <T> the canonical record type
 */
final class ExportPartitioner<T> implements Callable<SideCounts> {

	private static final int PROGRESS_EVERY = 8_192;

	private final ReaderOpener<T> opener;

	private final SpillSide<T> side;

	private final RejectSink rejects;

	private final LongConsumer progress;

	ExportPartitioner(ReaderOpener<T> opener, SpillSide<T> side, RejectSink rejects, LongConsumer progress) {
		this.opener = opener;
		this.side = side;
		this.rejects = rejects;
		this.progress = progress;
	}

	@Override
	public SideCounts call() throws IOException {
		long accepted = 0;
		long unreported = 0;
		try (ExportReader<T> reader = this.opener.open()) {
			for (RowResult<T> row = reader.read(); row != null; row = reader.read()) {
				if (row instanceof RowResult.Accepted<T> ok) {
					String problem = this.side.problemOf(ok.record());
					if (problem == null) {
						this.side.spill(ok.record());
						accepted++;
					}
					else {
						reject(new Rejection(reader.file(), ok.line(), this.side.idColumn(),
								"Cannot keep the row: " + problem, null, this.side.recordIdOf(ok.record())));
					}
				}
				else if (row instanceof RowResult.Rejected<T> bad) {
					reject(bad.rejection());
				}
				if (++unreported == PROGRESS_EVERY) {
					this.progress.accept(unreported);
					unreported = 0;
				}
			}
			this.progress.accept(unreported);
			this.side.finish();
			this.rejects.flush();
			return new SideCounts(reader.rowsRead(), accepted, this.rejects.count(), reader.recodedLines());
		}
	}

	private void reject(Rejection rejection) throws IOException {
		this.rejects.add(rejection);
		if (rejection.recordId() != null) {
			this.side.spillRejectedId(rejection.recordId(), rejection.line());
		}
	}

	/** Opens the export; the partitioner closes it. */
	@FunctionalInterface
	interface ReaderOpener<T> {

		ExportReader<T> open() throws IOException;

	}

}
