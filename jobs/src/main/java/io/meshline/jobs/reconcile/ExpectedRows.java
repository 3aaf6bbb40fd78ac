package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cheap estimates of a step's size, for progress only: the lines of an export (a quoted newline
 * makes it a little high, which errs on the side of a longer wait).
 */
final class ExpectedRows {

	private ExpectedRows() {
	}

	/** The lines of {@code file} after its header, or -1 when it cannot be read. */
	static long dataLinesIn(String file) {
		long lines = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			return -1;
		}
		return Math.max(0, lines - 1);
	}

}
