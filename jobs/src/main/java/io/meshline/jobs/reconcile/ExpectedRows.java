package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cheap estimates of a step's size, for progress only: the lines of an export (a quoted newline
 * makes it a little high, which errs on the side of a longer wait). A large export's lines are
 * extrapolated from its first {@value #SAMPLE_BYTES} bytes: counting every line of a 1M-deal pair of
 * exports took about half a second of a run that shows progress, for a figure the progress line
 * calls "about" anyway and corrects as the rows come in.
 */
final class ExpectedRows {

	static final int SAMPLE_BYTES = 4 << 20;

	private ExpectedRows() {
	}

	/** The lines of {@code file} after its header (estimated for a large file), or -1 when it cannot be read. */
	static long dataLinesIn(String file) {
		long lines = 0;
		long counted = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			long size = Files.size(Path.of(file));
			for (int n = in.read(buffer); n >= 0 && counted < SAMPLE_BYTES; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				counted += n;
			}
			if (counted < size && counted > 0) {
				lines = Math.round((double) lines * size / counted);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			return -1;
		}
		return Math.max(0, lines - 1);
	}

}
