package io.meshline.jobs.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.meshline.core.audit.AuditEvent;
import io.meshline.core.audit.AuditHead;

/**
 * {@code audit/head} in the data directory: {@code SEQ:HASH} of the newest committed event, kept
 * outside the database so that deleting the newest events from the database is noticed. It is
 * written after the commit (a crash in between leaves it one event behind, which verification
 * accepts: it only requires the trail to hold the event the file names), through a temporary file
 * moved into place, and it only moves forward.
 */
@Component
public class AuditHeadFile {

	private static final Logger LOG = LoggerFactory.getLogger(AuditHeadFile.class);

	private final Path file;

	public AuditHeadFile(@Value("${meshline.home}") String home) {
		this.file = Path.of(home).toAbsolutePath().resolve("audit").resolve("head");
	}

	public Path path() {
		return this.file;
	}

	/** The head the file records, or empty when there is none yet. */
	public Optional<AuditHead> read() {
		if (!Files.isRegularFile(this.file)) {
			return Optional.empty();
		}
		try {
			String text = Files.readString(this.file, StandardCharsets.UTF_8);
			return Optional.of(AuditHead.parse(text, "the head file " + this.file)
				.orElseThrow(() -> new IllegalStateException("The audit head file " + this.file
						+ " does not hold SEQ:HASH but \"" + text.trim() + "\": it was edited.")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void advance(AuditEvent event) {
		try {
			Optional<AuditHead> current = AuditHead.parse(
					Files.isRegularFile(this.file) ? Files.readString(this.file, StandardCharsets.UTF_8) : "", "");
			if (current.isPresent() && current.get().seq() >= event.seq()) {
				return;
			}
			Files.createDirectories(this.file.getParent());
			Path temporary = this.file.resolveSibling("head.tmp");
			Files.writeString(temporary, event.seq() + ":" + event.hash() + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// The event is committed; a stale head file only weakens the check for deleted newest events.
			LOG.warn("The audit event {} is recorded, but the head file {} could not be updated: {}", event.seq(),
					this.file, ex.getMessage());
		}
	}

}
