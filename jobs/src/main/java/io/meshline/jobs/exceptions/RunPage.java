package io.meshline.jobs.exceptions;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.exceptions.AmountAtStake;
import io.meshline.core.exceptions.ExceptionKey;
import io.meshline.core.exceptions.ExceptionLifecycle;
import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.Route;
import io.meshline.core.exceptions.Sla;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

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

	private static final String UPDATE = "UPDATE ML_EXCEPTION SET ERP_IDS = ?, SOURCE = ?, QUEUE = ?, SEVERITY = ?, "
			+ "STATUS = ?, OWNER = ?, CURRENCY = ?, AMOUNT = ?, RECORD_DATE = ?, LAST_SEEN = ?, LAST_RUN_ID = ?, "
			+ "CHECKED_RUN_ID = ?, DETAIL = ?, UPDATED = ? WHERE EXCEPTION_KEY = ?";

	// A new episode: a new deadline, and nobody has acted on it yet.
	private static final String REOPEN = "UPDATE ML_EXCEPTION SET OPENED_AT = ?, SLA_DUE = ?, ACKED_AT = NULL, "
			+ "ACKED_BY = NULL, ESCALATED_AT = NULL, APPROVED_AT = NULL, APPROVED_BY = NULL, RESOLVED_AT = NULL, "
			+ "RESOLVED_BY = NULL WHERE EXCEPTION_KEY = ?";

	private final RunScope scope;

	private final long runId;

	private final Instant at;

	private final Timestamp atTimestamp;

	private final ZoneId zone;

	/** The deadline of each SLA the page's routes use: a handful, and a business day takes some working out. */
	private final Map<Sla, Timestamp> dueBySla = new HashMap<>();

	private final List<Change> inserts = new ArrayList<>();

	private final List<Change> updates = new ArrayList<>();

	private final List<Change> reopens = new ArrayList<>();

	private final List<ExceptionEvent> events = new ArrayList<>();

	RunPage(RunScope scope, long runId, Instant at, ZoneId zone) {
		this.scope = scope;
		this.runId = runId;
		this.at = at;
		this.atTimestamp = Timestamp.from(at);
		this.zone = zone;
	}

	/** The run found {@code finding}; {@code current} is {@code null} for an exception no run found before. */
	void found(String key, Finding finding, Route route, ExceptionStatus current) {
		if (current == null) {
			this.inserts.add(new Change(key, finding, route, ExceptionStatus.NEW));
			this.events.add(new ExceptionEvent(key, this.at, ExceptionStore.SYSTEM_ACTOR, "RUN", null,
					ExceptionStatus.NEW, this.runId, "Found by run " + this.runId + " (" + route.queue() + ", "
							+ route.severity() + ", SLA " + route.sla() + "): " + finding.detail()));
			return;
		}
		ExceptionStatus next = ExceptionLifecycle.seen(current);
		Change change = new Change(key, finding, route, next);
		this.updates.add(change);
		if (next == ExceptionStatus.REOPENED) {
			this.reopens.add(change);
		}
		if (next != current) {
			this.events.add(new ExceptionEvent(key, this.at, ExceptionStore.SYSTEM_ACTOR, "RUN", current, next,
					this.runId, "Found again by run " + this.runId + "."));
		}
	}

	/**
	 * Writes the page's changes and their history. Typed setters: the generic ones look up each
	 * value's SQL type, a cost per cell at tens of thousands of rows.
	 */
	void write(JdbcTemplate jdbc, ExceptionHistory history) {
		if (!this.inserts.isEmpty()) {
			jdbc.batchUpdate(INSERT, this.inserts, this.inserts.size(), this::bindInsert);
		}
		if (!this.updates.isEmpty()) {
			jdbc.batchUpdate(UPDATE, this.updates, this.updates.size(), this::bindUpdate);
		}
		if (!this.reopens.isEmpty()) {
			jdbc.batchUpdate(REOPEN, this.reopens, this.reopens.size(), (ps, change) -> {
				ps.setTimestamp(1, this.atTimestamp);
				ps.setTimestamp(2, due(change.route().sla()));
				ps.setString(3, change.key());
			});
		}
		history.recordAll(this.events);
	}

	private void bindInsert(PreparedStatement ps, Change change) throws SQLException {
		Finding finding = change.finding();
		ps.setString(1, change.key());
		ps.setString(2, finding.type().name());
		ps.setString(3, ExceptionKey.recordId(finding));
		ps.setString(4, String.join("|", finding.erpIds()));
		ps.setString(5, this.scope.source());
		ps.setString(6, change.route().queue());
		ps.setString(7, change.route().severity().name());
		ps.setString(8, change.status().name());
		ps.setString(9, finding.owner());
		ps.setString(10, finding.currency());
		ps.setBigDecimal(11, AmountAtStake.of(finding));
		ps.setDate(12, recordDate(finding));
		ps.setTimestamp(13, this.atTimestamp);
		ps.setTimestamp(14, this.atTimestamp);
		ps.setTimestamp(15, this.atTimestamp);
		ps.setTimestamp(16, due(change.route().sla()));
		ps.setLong(17, this.runId);
		ps.setLong(18, this.runId);
		ps.setLong(19, this.runId);
		ps.setString(20, finding.detail());
		ps.setTimestamp(21, this.atTimestamp);
	}

	private void bindUpdate(PreparedStatement ps, Change change) throws SQLException {
		Finding finding = change.finding();
		ps.setString(1, String.join("|", finding.erpIds()));
		ps.setString(2, this.scope.source());
		ps.setString(3, change.route().queue());
		ps.setString(4, change.route().severity().name());
		ps.setString(5, change.status().name());
		ps.setString(6, finding.owner());
		ps.setString(7, finding.currency());
		ps.setBigDecimal(8, AmountAtStake.of(finding));
		ps.setDate(9, recordDate(finding));
		ps.setTimestamp(10, this.atTimestamp);
		ps.setLong(11, this.runId);
		ps.setLong(12, this.runId);
		ps.setString(13, finding.detail());
		ps.setTimestamp(14, this.atTimestamp);
		ps.setString(15, change.key());
	}

	private Timestamp due(Sla sla) {
		return this.dueBySla.computeIfAbsent(sla, (s) -> Timestamp.from(s.dueAfter(this.at, this.zone)));
	}

	/** The record's own date, which decides whether a windowed run could see it. */
	private static Date recordDate(Finding finding) {
		LocalDate date = (finding.type() == FindingType.ORPHAN_IN_ERP) ? finding.firstInvoiceDate()
				: finding.closeDate();
		return (date != null) ? Date.valueOf(date) : null;
	}

	/** One exception the page changes: its key, what the run found, where it goes, and its status after the run. */
	private record Change(String key, Finding finding, Route route, ExceptionStatus status) {
	}

}
