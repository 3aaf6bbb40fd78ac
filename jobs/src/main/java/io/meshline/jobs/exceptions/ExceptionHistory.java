package io.meshline.jobs.exceptions;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.jobs.audit.AuditTrail;

/**
 * The history of exceptions, {@code ML_EXCEPTION_EVENT}. Every change of an exception's status (and
 * every assignment) is written by {@link #record} or {@link #recordAll}, in the transaction of the
 * change itself: this is the one place to hook anything that must see every change (an audit trail, a
 * notification).
 */
public class ExceptionHistory {

	private final JdbcTemplate jdbc;

	/** The audit kind of the changes runs make, summarised per transaction. */
	static final String RUN_KIND = "exception.run";

	private final AuditTrail auditTrail;

	private final RunChangesAudit runChanges;

	public ExceptionHistory(JdbcTemplate jdbc, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
		this.runChanges = new RunChangesAudit(auditTrail);
	}

	/**
	 * Appends {@code event} and audits it: a person's action or an escalation as an event of its own
	 * ({@code exception.<action>}, e.g. {@code exception.approve}), a run's changes summarised once per
	 * transaction ({@value #RUN_KIND}: counts and a digest of the keys). Call it in the same transaction
	 * as the change it describes, so the change, its history and the trail commit or roll back together.
	 */
	public void record(ExceptionEvent event) {
		recordAll(List.of(event));
	}

	/**
	 * Appends {@code events} in their order, each audited as {@link #record} does, in one JDBC batch: a
	 * run records a page of changes at once.
	 */
	public void recordAll(List<ExceptionEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		events.forEach(this::audit);
		// Typed setters: the generic ones look up each value's SQL type, a cost per cell at this volume.
		this.jdbc.batchUpdate("INSERT INTO ML_EXCEPTION_EVENT (EXCEPTION_KEY, EVENT_TIME, ACTOR, ACTION, FROM_STATUS, "
				+ "TO_STATUS, RUN_ID, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events, events.size(), (ps, event) -> {
					ps.setString(1, event.key());
					ps.setTimestamp(2, Timestamp.from(event.at()));
					ps.setString(3, event.actor());
					ps.setString(4, event.action());
					ps.setString(5, (event.from() != null) ? event.from().name() : null);
					ps.setString(6, event.to().name());
					if (event.runId() != null) {
						ps.setLong(7, event.runId());
					}
					else {
						ps.setNull(7, Types.BIGINT);
					}
					ps.setString(8, (event.note() != null && event.note().length() > 4000)
							? event.note().substring(0, 4000) : event.note());
				});
	}

	private void audit(ExceptionEvent event) {
		if ("RUN".equals(event.action())) {
			this.runChanges.add(event);
		}
		else {
			this.auditTrail.append(event.actor(), "exception." + event.action().toLowerCase(Locale.ROOT),
					"exception " + event.key(), ((event.from() != null) ? event.from().name() : "none") + " -> "
							+ event.to().name() + ((event.note() != null) ? "; " + event.note() : ""));
		}
	}

	/** The events of one exception, oldest first. */
	public List<ExceptionEvent> of(String key) {
		return this.jdbc.query("SELECT * FROM ML_EXCEPTION_EVENT WHERE EXCEPTION_KEY = ? ORDER BY EVENT_ID",
				(rs, n) -> new ExceptionEvent(rs.getString("EXCEPTION_KEY"),
						rs.getTimestamp("EVENT_TIME").toInstant(), rs.getString("ACTOR"), rs.getString("ACTION"),
						(rs.getString("FROM_STATUS") != null) ? ExceptionStatus.valueOf(rs.getString("FROM_STATUS"))
								: null,
						ExceptionStatus.valueOf(rs.getString("TO_STATUS")),
						(rs.getObject("RUN_ID") != null) ? rs.getLong("RUN_ID") : null, rs.getString("NOTE")),
				key);
	}

}
