package io.meshline.jobs.backfill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A file a step appends to chunk by chunk. It remembers its length at each commit, under
 * {@code key} in the step's execution context; on open it cuts off whatever a failed execution
 * appended after that, and each attempt at a chunk starts from the chunk's first byte, so a retried
 * or replayed chunk is in the file once. Not thread-safe.
 */
final class CommittedFile {

	/** Writes one chunk's rows to the end of the file. */
	@FunctionalInterface
	interface Rows {

		void appendTo(Path file) throws IOException;

	}

	private final Path file;

	private final String key;

	private long position;

	CommittedFile(Path file, String key) {
		this.file = file;
		this.key = key;
	}

	Path path() {
		return this.file;
	}

	/** The length at the last chunk written: 0 for a file nothing was written to yet. */
	long length() {
		return this.position;
	}

	void open(ExecutionContext context) {
		this.position = context.getLong(this.key, 0L);
		truncate();
	}

	/**
	 * @throws UncheckedIOException when the file cannot be written
	 */
	void append(Rows rows) {
		truncate();
		try {
			rows.appendTo(this.file);
			this.position = Files.size(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	void update(ExecutionContext context) {
		context.putLong(this.key, this.position);
	}

	private void truncate() {
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
				if (channel.size() > this.position) {
					channel.truncate(this.position);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + this.file + ": " + ex.getMessage(), ex);
		}
	}

}
