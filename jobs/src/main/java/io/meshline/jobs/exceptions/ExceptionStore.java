package io.meshline.jobs.exceptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import io.meshline.core.exceptions.ExceptionKey;
import io.meshline.core.exceptions.ExceptionLifecycle;
import io.meshline.core.exceptions.ExceptionRouting;
import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.PersonAction;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.core.reconcile.Finding;

import static io.meshline.jobs.exceptions.ExceptionRows.timestamp;

/**
 * The exceptions, {@code ML_EXCEPTION}: one row per stable key. Every status change goes through
 * {@link ExceptionHistory}. Runs change a row only when their id is above the row's
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

	/**
	 * Records that run {@code runId} found {@code findings}, a page of its findings in report order:
	 * an exception the run (or a later one) checked already is left as it is, and of two findings with
	 * one key the first counts, as if they had been recorded one by one. Only the keys that
	 * {@code storedKeys} says may be stored are looked up; the new ones are noted in it.
	 */
	void found(List<Finding> findings, ExceptionRouting routing, RunScope scope, long runId, Instant at,
			ZoneId zone, StoredKeys storedKeys) {
		Map<String, Finding> firstByKey = new LinkedHashMap<>();
		findings.forEach((finding) -> firstByKey.putIfAbsent(ExceptionKey.of(finding), finding));
		Map<String, StoredStatus> stored = StoredStatuses.byKey(this.jdbc,
				firstByKey.keySet().stream().filter(storedKeys::mayBeStored).toList());
		RunPage page = new RunPage(scope, runId, at, zone);
		firstByKey.forEach((key, finding) -> {
			StoredStatus current = stored.get(key);
			if (current == null) {
				storedKeys.stored(key);
			}
			if (current == null || current.checkedRunId() < runId) {
				page.found(key, finding, routing.route(finding), (current != null) ? current.status() : null);
			}
		});
		page.write(this.jdbc, this.history);
	}

	/** Resolves exceptions a run no longer found, in one batch. */
	void resolveGone(List<StoredStatus> gone, long runId, Instant at) {
		List<ExceptionEvent> events = new ArrayList<>(gone.size());
		for (StoredStatus e : gone) {
			events.add(new ExceptionEvent(e.key(), at, SYSTEM_ACTOR, "RUN", e.status(),
					ExceptionLifecycle.gone(e.status()), runId, "Not found by run " + runId + ", which could see it."));
		}
		if (!gone.isEmpty()) {
			Timestamp time = timestamp(at);
			this.jdbc.batchUpdate("UPDATE ML_EXCEPTION SET STATUS = 'RESOLVED', RESOLVED_AT = ?, RESOLVED_BY = ?, "
					+ "CHECKED_RUN_ID = ?, UPDATED = ? WHERE EXCEPTION_KEY = ?", gone, gone.size(), (ps, e) -> {
						ps.setTimestamp(1, time);
						ps.setString(2, SYSTEM_ACTOR);
						ps.setLong(3, runId);
						ps.setTimestamp(4, time);
						ps.setString(5, e.key());
					});
		}
		this.history.recordAll(events);
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
