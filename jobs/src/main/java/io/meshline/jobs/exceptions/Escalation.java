package io.meshline.jobs.exceptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import io.meshline.core.exceptions.TrackedException;
import io.meshline.writers.output.EscalationCsvWriter;

/**
 * {@code meshline escalate}: every exception nobody acted on ({@code NEW}, {@code OPEN},
 * {@code REOPENED}) whose SLA deadline has passed becomes {@code ESCALATED}, once, and is written to
 * its queue's escalation file {@code escalations-<queue>-<time>.csv}. The files are written before
 * the changes commit, so a failed write escalates nothing.
 */
public class Escalation {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final ExceptionStore store;

	public Escalation(JdbcTemplate jdbc, ExceptionStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** What one escalation did: the file written per queue and how many exceptions it holds. */
	public record Outcome(Map<String, Path> files, Map<String, Integer> counts) {

		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	@Transactional
	public Outcome escalate(Instant now, String actor, Path outDir) throws IOException {
		List<TrackedException> overdue = this.jdbc.query("SELECT * FROM ML_EXCEPTION WHERE STATUS IN ('NEW', "
				+ "'OPEN', 'REOPENED') AND SLA_DUE < ? ORDER BY QUEUE, SLA_DUE, EXCEPTION_KEY", ExceptionRows::map,
				Timestamp.from(now));
		Map<String, List<TrackedException>> byQueue = new LinkedHashMap<>();
		overdue.forEach((e) -> byQueue.computeIfAbsent(e.queue(), (q) -> new java.util.ArrayList<>()).add(e));
		Map<String, Path> files = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (!byQueue.isEmpty()) {
			Files.createDirectories(outDir);
		}
		for (Map.Entry<String, List<TrackedException>> queue : byQueue.entrySet()) {
			Path file = outDir.resolve("escalations-" + safe(queue.getKey()) + "-" + STAMP.format(now) + ".csv");
			try (EscalationCsvWriter writer = new EscalationCsvWriter(file, now)) {
				queue.getValue().forEach(writer::write);
			}
			queue.getValue().forEach((e) -> this.store.escalate(e, now, actor));
			files.put(queue.getKey(), file);
			counts.put(queue.getKey(), queue.getValue().size());
		}
		return new Outcome(files, counts);
	}

	/** A queue name as a file name: letters, digits, dot, dash and underscore; anything else becomes {@code _}. */
	static String safe(String queue) {
		return queue.replaceAll("[^A-Za-z0-9._-]", "_");
	}

}
