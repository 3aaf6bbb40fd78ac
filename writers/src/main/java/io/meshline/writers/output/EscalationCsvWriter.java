package io.meshline.writers.output;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.meshline.core.exceptions.TrackedException;
import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * Writes one queue's escalation file: one row per exception escalated, oldest deadline first, with
 * what a person needs to act on it. Times are UTC ({@code 2026-11-03T02:00:00Z}); text cells are
 * neutralised with {@link SpreadsheetSafeCell}. Not thread-safe; close it to flush.
 */
public final class EscalationCsvWriter extends CsvFileWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "exception_key", "finding", "record_id", "queue", "severity", "owner",
			"assignee", "currency", "amount", "first_seen", "sla_due", "hours_overdue", "detail" };

	private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);

	private final Instant now;

	public EscalationCsvWriter(Path file, Instant now) {
		super(file, false, HEADER);
		this.now = now;
	}

	public void write(TrackedException e) {
		long overdue = Math.max(0, Duration.between(e.slaDue(), this.now).toHours());
		printRow(SpreadsheetSafeCell.of(e.key()), e.finding(), SpreadsheetSafeCell.of(e.recordId()),
				SpreadsheetSafeCell.of(e.queue()), e.severity().name(), SpreadsheetSafeCell.of(e.owner()),
				SpreadsheetSafeCell.of(e.assignee()), e.currency(), amount(e.amount(), e.currency()),
				UTC.format(e.firstSeen().truncatedTo(ChronoUnit.SECONDS)),
				UTC.format(e.slaDue().truncatedTo(ChronoUnit.SECONDS)), Long.toString(overdue),
				SpreadsheetSafeCell.of(e.detail()));
	}

}
