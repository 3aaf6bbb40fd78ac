package io.meshline.jobs.exceptions;

import java.sql.Date;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.exceptions.AmountAtStake;
import io.meshline.core.exceptions.ExceptionKey;
import io.meshline.core.exceptions.ExceptionLifecycle;
import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.Route;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

import static io.meshline.jobs.exceptions.ExceptionRows.timestamp;

/**
 * The changes one run makes to a page of exceptions it found, decided in memory and written in a
 * few JDBC batches in the caller's transaction: a statement per finding made a first night of
 * 60,000 findings take minutes. Events keep the order of the findings. Not thread-safe; one page.
 */
final class RunPage {

	private static final String INSERT = "INSERT INTO ML_EXCEPTION (EXCEPTION_KEY, FINDING, RECORD_ID, ERP_IDS, "
			+ "SOURCE, QUEUE, SEVERITY, STATUS, OWNER, CURRENCY, AMOUNT, RECORD_DATE, FIRST_SEEN, LAST_SEEN, "
			+ "OPENED_AT, SLA_DUE, FIRST_RUN_ID, LAST_RUN_ID, CHECKED_RUN_ID, DETAIL, UPDATED) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int[] INSERT_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.DECIMAL,
			Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT,
			Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP };

	private static final String UPDATE = "UPDATE ML_EXCEPTION SET ERP_IDS = ?, SOURCE = ?, QUEUE = ?, SEVERITY = ?, "
			+ "STATUS = ?, OWNER = ?, CURRENCY = ?, AMOUNT = ?, RECORD_DATE = ?, LAST_SEEN = ?, LAST_RUN_ID = ?, "
			+ "CHECKED_RUN_ID = ?, DETAIL = ?, UPDATED = ? WHERE EXCEPTION_KEY = ?";

	private static final int[] UPDATE_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.DECIMAL, Types.DATE, Types.TIMESTAMP, Types.BIGINT,
			Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR };

	// A new episode: a new deadline, and nobody has acted on it yet.
	private static final String REOPEN = "UPDATE ML_EXCEPTION SET OPENED_AT = ?, SLA_DUE = ?, ACKED_AT = NULL, "
			+ "ACKED_BY = NULL, ESCALATED_AT = NULL, APPROVED_AT = NULL, APPROVED_BY = NULL, RESOLVED_AT = NULL, "
			+ "RESOLVED_BY = NULL WHERE EXCEPTION_KEY = ?";

	private static final int[] REOPEN_TYPES = { Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR };

	private final RunScope scope;

	private final long runId;

	private final Instant at;

	private final ZoneId zone;

	private final List<Object[]> inserts = new ArrayList<>();

	private final List<Object[]> updates = new ArrayList<>();

	private final List<Object[]> reopens = new ArrayList<>();

	private final List<ExceptionEvent> events = new ArrayList<>();

	RunPage(RunScope scope, long runId, Instant at, ZoneId zone) {
		this.scope = scope;
		this.runId = runId;
		this.at = at;
		this.zone = zone;
	}

	/** The run found {@code finding}; {@code current} is {@code null} for an exception no run found before. */
	void found(String key, Finding finding, Route route, ExceptionStatus current) {
		if (current == null) {
			this.inserts.add(new Object[] { key, finding.type().name(), ExceptionKey.recordId(finding),
					String.join("|", finding.erpIds()), this.scope.source(), route.queue(), route.severity().name(),
					ExceptionStatus.NEW.name(), finding.owner(), finding.currency(), AmountAtStake.of(finding),
					recordDate(finding), timestamp(this.at), timestamp(this.at), timestamp(this.at),
					timestamp(route.sla().dueAfter(this.at, this.zone)), this.runId, this.runId, this.runId,
					finding.detail(), timestamp(this.at) });
			this.events.add(new ExceptionEvent(key, this.at, ExceptionStore.SYSTEM_ACTOR, "RUN", null,
					ExceptionStatus.NEW, this.runId, "Found by run " + this.runId + " (" + route.queue() + ", "
							+ route.severity() + ", SLA " + route.sla() + "): " + finding.detail()));
			return;
		}
		ExceptionStatus next = ExceptionLifecycle.seen(current);
		this.updates.add(new Object[] { String.join("|", finding.erpIds()), this.scope.source(), route.queue(),
				route.severity().name(), next.name(), finding.owner(), finding.currency(), AmountAtStake.of(finding),
				recordDate(finding), timestamp(this.at), this.runId, this.runId, finding.detail(), timestamp(this.at),
				key });
		if (next == ExceptionStatus.REOPENED) {
			this.reopens.add(new Object[] { timestamp(this.at),
					timestamp(route.sla().dueAfter(this.at, this.zone)), key });
		}
		if (next != current) {
			this.events.add(new ExceptionEvent(key, this.at, ExceptionStore.SYSTEM_ACTOR, "RUN", current, next,
					this.runId, "Found again by run " + this.runId + "."));
		}
	}

	/** Writes the page's changes and their history. */
	void write(JdbcTemplate jdbc, ExceptionHistory history) {
		if (!this.inserts.isEmpty()) {
			jdbc.batchUpdate(INSERT, this.inserts, INSERT_TYPES);
		}
		if (!this.updates.isEmpty()) {
			jdbc.batchUpdate(UPDATE, this.updates, UPDATE_TYPES);
		}
		if (!this.reopens.isEmpty()) {
			jdbc.batchUpdate(REOPEN, this.reopens, REOPEN_TYPES);
		}
		history.recordAll(this.events);
	}

	/** The record's own date, which decides whether a windowed run could see it. */
	private static Date recordDate(Finding finding) {
		LocalDate date = (finding.type() == FindingType.ORPHAN_IN_ERP) ? finding.firstInvoiceDate()
				: finding.closeDate();
		return (date != null) ? Date.valueOf(date) : null;
	}

}
