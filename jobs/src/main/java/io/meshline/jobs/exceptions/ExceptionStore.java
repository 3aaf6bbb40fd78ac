package io.meshline.jobs.exceptions;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import io.meshline.core.exceptions.AmountAtStake;
import io.meshline.core.exceptions.ExceptionKey;
import io.meshline.core.exceptions.ExceptionLifecycle;
import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.PersonAction;
import io.meshline.core.exceptions.Route;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

import static io.meshline.jobs.exceptions.ExceptionRows.timestamp;

/**
 * The exceptions, {@code ML_EXCEPTION}: one row per stable key. Every status change goes through
 * {@link ExceptionHistory#record}. Runs change a row only when their id is above the row's
 * {@code CHECKED_RUN_ID}, which makes the reconcile step idempotent.
 */
public class ExceptionStore {

	/** The actor of changes made by runs and by {@code meshline escalate} without {@code --actor}. */
	public static final String SYSTEM_ACTOR = "meshline";

	private final JdbcTemplate jdbc;

	private final ExceptionHistory history;

	public ExceptionStore(JdbcTemplate jdbc, ExceptionHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	/** The exception with this key, if any run found it. */
	public Optional<TrackedException> find(String key) {
		return this.jdbc.query("SELECT * FROM ML_EXCEPTION WHERE EXCEPTION_KEY = ?", ExceptionRows::map, key)
			.stream().findFirst();
	}

	/**
	 * Whether the exception is {@code APPROVED} now: for the backfill, which holds a deal whose
	 * policy requires approval until {@code meshline exceptions approve} (key
	 * {@code POLICY_VIOLATION:<deal id>}).
	 */
	public boolean isApproved(String exceptionKey) {
		return find(exceptionKey).map((e) -> e.status() == ExceptionStatus.APPROVED).orElse(false);
	}

	/** Records that run {@code runId} found {@code finding}; nothing when the run (or a later one) did already. */
	void found(Finding finding, Route route, RunScope scope, long runId, Instant at, ZoneId zone) {
		String key = ExceptionKey.of(finding);
		Long checked = this.jdbc.query("SELECT CHECKED_RUN_ID FROM ML_EXCEPTION WHERE EXCEPTION_KEY = ?",
				(rs, n) -> rs.getLong(1), key).stream().findFirst().orElse(null);
		if (checked != null && checked >= runId) {
			return;
		}
		if (checked == null) {
			insert(key, finding, route, scope, runId, at, zone);
			this.history.record(new ExceptionEvent(key, at, SYSTEM_ACTOR, "RUN", null, ExceptionStatus.NEW, runId,
					"Found by run " + runId + " (" + route.queue() + ", " + route.severity() + ", SLA " + route.sla()
							+ "): " + finding.detail()));
			return;
		}
		TrackedException current = find(key).orElseThrow();
		ExceptionStatus next = ExceptionLifecycle.seen(current.status());
		this.jdbc.update("UPDATE ML_EXCEPTION SET ERP_IDS = ?, SOURCE = ?, QUEUE = ?, SEVERITY = ?, STATUS = ?, "
				+ "OWNER = ?, CURRENCY = ?, AMOUNT = ?, RECORD_DATE = ?, LAST_SEEN = ?, LAST_RUN_ID = ?, "
				+ "CHECKED_RUN_ID = ?, DETAIL = ?, UPDATED = ? WHERE EXCEPTION_KEY = ?",
				String.join("|", finding.erpIds()), scope.source(), route.queue(), route.severity().name(), next.name(),
				finding.owner(), finding.currency(), AmountAtStake.of(finding), recordDate(finding), timestamp(at),
				runId, runId, finding.detail(), timestamp(at), key);
		if (next == ExceptionStatus.REOPENED) {
			// A new episode: a new deadline, and nobody has acted on it yet.
			this.jdbc.update("UPDATE ML_EXCEPTION SET OPENED_AT = ?, SLA_DUE = ?, ACKED_AT = NULL, ACKED_BY = NULL, "
					+ "ESCALATED_AT = NULL, APPROVED_AT = NULL, APPROVED_BY = NULL, RESOLVED_AT = NULL, "
					+ "RESOLVED_BY = NULL WHERE EXCEPTION_KEY = ?", timestamp(at),
					timestamp(route.sla().dueAfter(at, zone)), key);
		}
		if (next != current.status()) {
			this.history.record(new ExceptionEvent(key, at, SYSTEM_ACTOR, "RUN", current.status(), next, runId,
					"Found again by run " + runId + "."));
		}
	}

	private void insert(String key, Finding finding, Route route, RunScope scope, long runId, Instant at,
			ZoneId zone) {
		this.jdbc.update("INSERT INTO ML_EXCEPTION (EXCEPTION_KEY, FINDING, RECORD_ID, ERP_IDS, SOURCE, QUEUE, "
				+ "SEVERITY, STATUS, OWNER, CURRENCY, AMOUNT, RECORD_DATE, FIRST_SEEN, LAST_SEEN, OPENED_AT, SLA_DUE, "
				+ "FIRST_RUN_ID, LAST_RUN_ID, CHECKED_RUN_ID, DETAIL, UPDATED) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key, finding.type().name(),
				ExceptionKey.recordId(finding), String.join("|", finding.erpIds()), scope.source(), route.queue(),
				route.severity().name(), ExceptionStatus.NEW.name(), finding.owner(), finding.currency(),
				AmountAtStake.of(finding), recordDate(finding), timestamp(at), timestamp(at), timestamp(at),
				timestamp(route.sla().dueAfter(at, zone)), runId, runId, runId, finding.detail(), timestamp(at));
	}

	/** The record's own date, which decides whether a windowed run could see it. */
	private static java.sql.Date recordDate(Finding finding) {
		java.time.LocalDate date = (finding.type() == FindingType.ORPHAN_IN_ERP) ? finding.firstInvoiceDate()
				: finding.closeDate();
		return (date != null) ? java.sql.Date.valueOf(date) : null;
	}

	/** Up to {@code limit} open exceptions that run {@code runId} could have found and did not. */
	List<TrackedException> goneFrom(RunScope scope, long runId, int limit) {
		if (scope.checkedTypes().isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("SELECT * FROM ML_EXCEPTION WHERE STATUS <> 'RESOLVED' "
				+ "AND CHECKED_RUN_ID < ? AND SOURCE = ? AND FINDING IN (");
		List<Object> args = new java.util.ArrayList<>(List.of(runId, scope.source()));
		scope.checkedTypes().stream().sorted().forEach((type) -> {
			sql.append(args.size() > 2 ? ", ?" : "?");
			args.add(type.name());
		});
		sql.append(")");
		if (scope.windowed()) {
			sql.append(" AND RECORD_DATE BETWEEN ? AND ?");
			args.add(java.sql.Date.valueOf(scope.windowFrom()));
			args.add(java.sql.Date.valueOf(scope.windowTo()));
		}
		sql.append(" ORDER BY EXCEPTION_KEY FETCH FIRST ").append(limit).append(" ROWS ONLY");
		return this.jdbc.query(sql.toString(), ExceptionRows::map, args.toArray());
	}

	/** Resolves an exception a run no longer found. */
	void resolveGone(TrackedException e, long runId, Instant at) {
		this.jdbc.update("UPDATE ML_EXCEPTION SET STATUS = 'RESOLVED', RESOLVED_AT = ?, RESOLVED_BY = ?, "
				+ "CHECKED_RUN_ID = ?, UPDATED = ? WHERE EXCEPTION_KEY = ?", timestamp(at), SYSTEM_ACTOR, runId,
				timestamp(at), e.key());
		this.history.record(new ExceptionEvent(e.key(), at, SYSTEM_ACTOR, "RUN", e.status(),
				ExceptionLifecycle.gone(e.status()), runId, "Not found by run " + runId + ", which could see it."));
	}

	/** Marks an overdue exception {@code ESCALATED}. */
	void escalate(TrackedException e, Instant at, String actor) {
		this.jdbc.update("UPDATE ML_EXCEPTION SET STATUS = 'ESCALATED', ESCALATED_AT = ?, UPDATED = ? "
				+ "WHERE EXCEPTION_KEY = ?", timestamp(at), timestamp(at), e.key());
		this.history.record(new ExceptionEvent(e.key(), at, actor, "ESCALATE", e.status(), ExceptionStatus.ESCALATED,
				null, "SLA due " + e.slaDue() + " passed; escalated in queue " + e.queue() + "."));
	}

	/**
	 * A person's action on one exception, recorded with {@code actor}.
	 * @throws IllegalArgumentException when there is no such exception
	 * @throws IllegalStateException when the action does not apply to its status
	 */
	@Transactional
	public TrackedException act(String key, PersonAction action, String actor, String assignee, String note,
			Instant at) {
		TrackedException e = find(key).orElseThrow(() -> new IllegalArgumentException("There is no exception "
				+ key + ". 'meshline exceptions list' shows them."));
		ExceptionStatus next;
		try {
			next = ExceptionLifecycle.after(action, e.status());
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("Exception " + key + " " + ex.getMessage() + ".", ex);
		}
		if (action == PersonAction.ASSIGN) {
			this.jdbc.update("UPDATE ML_EXCEPTION SET ASSIGNEE = ?, UPDATED = ? WHERE EXCEPTION_KEY = ?", assignee,
					timestamp(at), key);
		}
		else {
			String who = switch (action) {
				case ACK -> "ACKED";
				case APPROVE -> "APPROVED";
				default -> "RESOLVED";
			};
			this.jdbc.update("UPDATE ML_EXCEPTION SET STATUS = ?, " + who + "_AT = ?, " + who + "_BY = ?, UPDATED = ? "
					+ "WHERE EXCEPTION_KEY = ?", next.name(), timestamp(at), actor, timestamp(at), key);
		}
		String text = (action == PersonAction.ASSIGN) ? "Assigned to " + assignee + "." : null;
		if (note != null && !note.isBlank()) {
			text = (text != null) ? text + " " + note : note;
		}
		this.history.record(new ExceptionEvent(key, at, actor, action.name(), e.status(), next, null, text));
		return find(key).orElseThrow();
	}

}
