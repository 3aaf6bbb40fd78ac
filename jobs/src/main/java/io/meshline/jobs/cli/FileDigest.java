package io.meshline.jobs.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import io.meshline.jobs.manifest.FileHash;
import io.meshline.jobs.manifest.InputArchive;
import io.meshline.jobs.support.Futures;

/** SHA-256 of an input file: what the summary records, and part of a run's identity. */
final class FileDigest {

	private FileDigest() {
	}

	/**
	 * Starts hashing {@code file} on a thread of its own. Hashing the exports takes about as long as
	 * starting the application (seconds, for large exports), so the two run side by side.
	 */
	static Pending start(Path file) {
		return start(() -> FileHash.sha256(file));
	}

	/**
	 * Starts archiving {@code file} on a thread of its own; the hash is the archived copy's. The copy is
	 * the hashing pass, so the run's archive step finds the file archived and does not read it again.
	 */
	static Pending startArchiving(Path file, InputArchive archive) {
		return start(() -> archive.archive(file, null).sha256());
	}

	private interface Hashing {

		String hash() throws IOException;

	}

	private static Pending start(Hashing hashing) {
		CompletableFuture<String> hash = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				hash.complete(hashing.hash());
			}
			catch (IOException | RuntimeException ex) {
				hash.completeExceptionally(ex);
			}
		}, "meshline-digest");
		thread.setDaemon(true);
		thread.start();
		return new Pending(hash);
	}

	/** A hash being computed. */
	record Pending(CompletableFuture<String> hash) {

		/** Waits for the hash. */
		String get() throws IOException {
			return Futures.await(this.hash, "hashing an input file");
		}

	}

}
