package io.meshline.jobs.reconcile.partition;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.meshline.core.contract.RowResult;
import io.meshline.core.model.Rejection;
import io.meshline.readers.csv.ExportReader;

/**
 * One reading thread: takes a piece of whichever export has the most bytes left, reads it through
 * the export's contract, encodes every accepted record for its partition and gathers every rejected
 * row (file, line, column and reason) for {@code ML_REJECT}, then hands the piece to its
 * {@link ExportSource}, which stores pieces in file order. Runs until no piece is left, beside as
 * many others as the run has threads, so both cores read until both files are read, whatever their
 * sizes. Stops early once another reading thread has failed.
 */
final class ExportPartitioner implements Callable<Void> {

	private static final Logger LOG = LoggerFactory.getLogger(ExportPartitioner.class);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final int PROGRESS_EVERY = 8_192;

	/** The piece every other waits for stores as it goes, past this many bytes. */
	private static final int STORE_EVERY = 4 << 20;

	private final List<ExportSource<?>> sources;

	private final LongConsumer progress;

	private final AtomicBoolean failed;

	private long unreported;

	/**
	 * @param failed shared by the reading threads of a run: set when one fails, so the others stop
	 */
	ExportPartitioner(List<ExportSource<?>> sources, LongConsumer progress, AtomicBoolean failed) {
		this.sources = sources;
		this.progress = progress;
		this.failed = failed;
	}

	@Override
	public Void call() throws IOException {
		boolean timed = LOG.isDebugEnabled();
		long cpu = timed ? THREADS.getCurrentThreadCpuTime() : 0;
		long wall = System.nanoTime();
		int pieces = 0;
		try {
			for (ExportSource<?> source = busiest(); source != null && !this.failed.get(); source = busiest()) {
				readPiece(source);
				pieces++;
			}
			this.progress.accept(this.unreported);
			if (timed) {
				LOG.debug("Read {} pieces in {} ms, {} ms of CPU", pieces, (System.nanoTime() - wall) / 1_000_000,
						(THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
			}
			return null;
		}
		catch (IOException | RuntimeException | Error ex) {
			this.failed.set(true);
			throw ex;
		}
	}

	/** The export with the most bytes not yet taken, or {@code null} when every piece is taken. */
	private ExportSource<?> busiest() {
		ExportSource<?> busiest = null;
		long most = 0;
		for (ExportSource<?> source : this.sources) {
			long left = source.unclaimedBytes();
			if (left > most) {
				most = left;
				busiest = source;
			}
		}
		return busiest;
	}

	private <T> void readPiece(ExportSource<T> source) throws IOException {
		ExportSource.Piece<T> piece = source.claim();
		if (piece == null) {
			return;
		}
		SpillSide<T> side = source.side();
		try (ExportReader<T> reader = source.open(piece)) {
			for (RowResult<T> row = reader.read(); row != null; row = reader.read()) {
				if (row instanceof RowResult.Accepted<T> ok) {
					String problem = side.problemOf(ok.record());
					if (problem == null) {
						side.spill(ok.record(), piece.spill);
						piece.accepted++;
					}
					else {
						reject(piece, side, new Rejection(reader.file(), ok.line(), side.idColumn(),
								"Cannot keep the row: " + problem, null, side.recordIdOf(ok.record())));
					}
				}
				else if (row instanceof RowResult.Rejected<T> bad) {
					reject(piece, side, bad.rejection());
				}
				if (++this.unreported == PROGRESS_EVERY) {
					this.progress.accept(this.unreported);
					this.unreported = 0;
				}
				if (piece.spill.size() > STORE_EVERY) {
					source.store(piece, false);
				}
			}
			piece.read = reader.rowsRead();
			piece.recoded = reader.recodedLines();
		}
		source.store(piece, true);
	}

	private static <T> void reject(ExportSource.Piece<T> piece, SpillSide<T> side, Rejection rejection)
			throws IOException {
		piece.rejections.add(rejection);
		if (rejection.recordId() != null) {
			side.spillRejectedId(rejection.recordId(), rejection.line(), piece.spill);
		}
	}

}
