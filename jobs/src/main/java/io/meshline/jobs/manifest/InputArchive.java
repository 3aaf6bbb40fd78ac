package io.meshline.jobs.manifest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The data directory's content-addressed archive of input files: {@code archive/sha256/<2 hex>/<hash>}.
 * A file is copied once to a temporary name in the same folder, the copy hashed ({@link FileHash}),
 * then moved into place atomically; a file whose content is already there is not copied
 * again. Copies, not hard links: a link would change with its original if someone edited the export
 * in place. Thread-safe (two writers of one content end with the same bytes).
 */
public final class InputArchive {

	private final Path root;

	public InputArchive(Path dataDirectory) {
		this.root = dataDirectory.toAbsolutePath().resolve("archive").resolve("sha256");
	}

	/** One archived file. */
	public record Archived(String sha256, long size, Path path) {
	}

	/** Where the content with this hash is (or would be) archived. */
	public Path pathOf(String sha256) {
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/**
	 * Archives {@code file}.
	 * @param knownSha256 the file's hash if already known (then a file already archived is not read), or {@code null}
	 */
	public Archived archive(Path file, String knownSha256) throws IOException {
		if (knownSha256 != null && Files.isRegularFile(pathOf(knownSha256))) {
			Path archived = pathOf(knownSha256);
			return new Archived(knownSha256, Files.size(archived), archived);
		}
		Files.createDirectories(this.root);
		Path temporary = this.root.resolve("incoming-" + UUID.randomUUID() + ".tmp");
		String sha256;
		long size;
		// The copy is hashed, not the original: the archived bytes are certainly the ones the hash names,
		// even if the original changes meanwhile.
		try {
			Files.copy(file, temporary);
			try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				out.force(true);
			}
			size = Files.size(temporary);
			sha256 = FileHash.sha256(temporary);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
		Path target = pathOf(sha256);
		if (Files.isRegularFile(target)) {
			Files.delete(temporary);
		}
		else {
			Files.createDirectories(target.getParent());
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		return new Archived(sha256, size, target);
	}

	/**
	 * Deletes copies a killed run left half-written. Only one process uses a data directory at a time,
	 * so whatever is still incoming when a run starts is stale.
	 */
	public void removeIncomplete() throws IOException {
		if (!Files.isDirectory(this.root)) {
			return;
		}
		try (DirectoryStream<Path> incoming = Files.newDirectoryStream(this.root, "incoming-*.tmp")) {
			for (Path stale : incoming) {
				Files.deleteIfExists(stale);
			}
		}
	}

}
