package io.meshline.jobs.reconcile.partition;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.RowMapper;
import io.meshline.core.model.Rejection;
import io.meshline.readers.csv.ExportReader;
import io.meshline.readers.csv.RecordChunks;

/**
 * One export as pieces that any reading thread may take ({@link ExportPartitioner}): chunks of whole
 * records cut by {@link RecordChunks}, or the whole file as one piece when its contract does not allow
 * cutting by bytes. Pieces are read in any order and at once, but stored in file order: a piece's
 * spilled records and rejections wait until every earlier piece is stored, so the partition files and
 * the order rejections reach {@code ML_REJECT} are the same as when one thread read the file. The
 * piece every other waits for stores as it goes, so a file read whole never waits in memory.
 * Thread-safe.
 *
 * @param <T> the canonical record type
 */
final class ExportSource<T> implements Closeable {

	private static final int SPARE_SPILLS = 4;

	private final Path file;

	private final Contract contract;

	private final RowMapper.Factory<T> factory;

	private final List<String> header;

	private final RecordChunks chunks;

	private final SpillSide<T> side;

	private final RejectSink rejects;

	private final long size;

	private boolean claimedWhole;

	private boolean exhausted;

	private int claimed;

	private final Object storeLock = new Object();

	private int nextToStore;

	private final Map<Integer, Piece<T>> waiting = new HashMap<>();

	/** Drained spills of stored pieces, for the next pieces: fresh ones would grow from nothing each time. */
	private final Deque<ChunkSpill> spareSpills = new ArrayDeque<>();

	private long read;

	private long accepted;

	private long recoded;

	private ExportSource(Path file, Contract contract, RowMapper.Factory<T> factory, List<String> header,
			RecordChunks chunks, SpillSide<T> side, RejectSink rejects) throws IOException {
		this.file = file;
		this.contract = contract;
		this.factory = factory;
		this.header = header;
		this.chunks = chunks;
		this.side = side;
		this.rejects = rejects;
		this.size = Files.size(file);
	}

	/**
	 * Opens an export: reads its header, so a file that does not match its contract fails here, as
	 * it does when read whole.
	 * @param chunkBytes about how many bytes a piece holds
	 */
	static <T> ExportSource<T> open(Path file, Contract contract, RowMapper.Factory<T> factory, SpillSide<T> side,
			RejectSink rejects, int chunkBytes) throws IOException {
		List<String> header;
		try (ExportReader<T> probe = ExportReader.open(file, contract, factory)) {
			header = probe.header();
		}
		RecordChunks chunks = RecordChunks.splittable(contract) ? RecordChunks.open(file, contract, chunkBytes) : null;
		try {
			return new ExportSource<>(file, contract, factory, header, chunks, side, rejects);
		}
		catch (IOException | RuntimeException ex) {
			if (chunks != null) {
				chunks.close();
			}
			throw ex;
		}
	}

	/** Bytes not yet taken by a reading thread (0 once every piece is taken). */
	long unclaimedBytes() {
		synchronized (this) {
			if (this.exhausted) {
				return 0;
			}
			if (this.chunks == null) {
				return this.claimedWhole ? 0 : Math.max(1, this.size);
			}
		}
		return this.chunks.unclaimedBytes();
	}

	/**
	 * The next piece to read, or {@code null} when every piece is taken. Locks: the chunks', then this
	 * object's; never the store lock inside them, since storing takes the chunks' lock to give back
	 * a chunk's array.
	 */
	Piece<T> claim() throws IOException {
		RecordChunks.Chunk chunk = null;
		if (this.chunks == null) {
			synchronized (this) {
				if (this.claimedWhole) {
					this.exhausted = true;
					return null;
				}
				this.claimedWhole = true;
				this.claimed = 1;
			}
		}
		else {
			// RecordChunks hands chunks out in order under its own lock; the count is for the check at the end
			synchronized (this.chunks) {
				chunk = this.chunks.next();
				synchronized (this) {
					if (chunk == null) {
						this.exhausted = true;
						return null;
					}
					this.claimed++;
				}
			}
		}
		return new Piece<>((chunk != null) ? chunk.index() : 0, chunk, spill());
	}

	/** Opens a reader of the piece: the first reads the header again, a later one is given it. */
	ExportReader<T> open(Piece<T> piece) throws IOException {
		RecordChunks.Chunk chunk = piece.chunk;
		if (chunk == null) {
			return ExportReader.open(this.file, this.contract, this.factory);
		}
		if (chunk.index() == 0) {
			return ExportReader.open(chunk.stream(), this.file.toString(), this.contract, this.factory);
		}
		return ExportReader.openPart(chunk.stream(), this.file.toString(), this.contract, this.factory, this.header,
				chunk.linesBefore());
	}

	SpillSide<T> side() {
		return this.side;
	}

	/**
	 * Stores what the piece has gathered if every earlier piece is stored; else a complete piece waits
	 * for them (and is stored by the thread that stores the last of them), and an incomplete one keeps
	 * gathering.
	 */
	void store(Piece<T> piece, boolean complete) throws IOException {
		synchronized (this.storeLock) {
			piece.complete = complete;
			if (complete && piece.chunk != null) {
				this.chunks.release(piece.chunk); // read: its array can take a later chunk
				piece.chunk = null;
			}
			if (piece.index != this.nextToStore) {
				if (complete) {
					this.waiting.put(piece.index, piece);
				}
				return;
			}
			write(piece);
			while (piece != null && piece.complete) {
				this.nextToStore++;
				piece = this.waiting.remove(this.nextToStore);
				if (piece != null) {
					write(piece);
				}
			}
		}
	}

	private void write(Piece<T> piece) throws IOException {
		this.side.store(piece.spill);
		for (Rejection rejection : piece.rejections) {
			this.rejects.add(rejection);
		}
		piece.rejections.clear();
		if (piece.complete) {
			this.read += piece.read;
			this.accepted += piece.accepted;
			this.recoded += piece.recoded;
			if (this.spareSpills.size() < SPARE_SPILLS) {
				this.spareSpills.push(piece.spill); // drained: a later piece can fill it
			}
			piece.spill = null;
		}
	}

	private ChunkSpill spill() {
		synchronized (this.storeLock) {
			return this.spareSpills.isEmpty() ? new ChunkSpill() : this.spareSpills.pop();
		}
	}

	/**
	 * Ends the side once every piece is read: its partition files are complete, its rejections stored.
	 * @throws IllegalStateException if a piece was never stored
	 */
	SideCounts finish() throws IOException {
		synchronized (this.storeLock) {
			int pieces;
			synchronized (this) {
				pieces = this.claimed;
			}
			if (unclaimedBytes() != 0 || this.nextToStore != pieces || !this.waiting.isEmpty()) {
				throw new IllegalStateException("Not every part of " + this.file + " was read: " + this.nextToStore
						+ " of " + pieces + " parts stored, " + unclaimedBytes() + " bytes left.");
			}
			this.side.finish();
			this.rejects.flush();
			return new SideCounts(this.read, this.accepted, this.rejects.count(), this.recoded);
		}
	}

	@Override
	public void close() throws IOException {
		if (this.chunks != null) {
			this.chunks.close();
		}
	}

	/**
	 * A piece of the export and what reading it gathered: records to spill, rejections and counts.
	 * Filled by the one thread that reads it, then stored under the source's lock.
	 */
	static final class Piece<T> {

		final int index;

		RecordChunks.Chunk chunk;

		ChunkSpill spill;

		final List<Rejection> rejections = new ArrayList<>();

		long read;

		long accepted;

		long recoded;

		boolean complete;

		Piece(int index, RecordChunks.Chunk chunk, ChunkSpill spill) {
			this.index = index;
			this.chunk = chunk;
			this.spill = spill;
		}

	}

}
