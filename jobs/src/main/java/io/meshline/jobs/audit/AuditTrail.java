package io.meshline.jobs.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.meshline.core.audit.AuditEvent;
import io.meshline.jobs.support.UnloggedBulkWrites;

/**
 * The tamper-evident audit trail ({@code ML_AUDIT_EVENT}): appends events to a hash chain. An
 * append takes part in the caller's transaction when there is one (so the event commits or rolls
 * back with the change it records) and runs in a transaction of its own otherwise. Appends are
 * serialised by updating the single row of {@code ML_AUDIT_HEAD} first, so two appenders never take the
 * same sequence number, on HSQLDB as on PostgreSQL. After the commit the head is also written to
 * {@code audit/head} in the data directory, so deleting the newest events is noticed. Thread-safe.
 */
@Component
public class AuditTrail {

	/** A job run started (first execution of a job instance). */
	public static final String RUN_STARTED = "run.started";

	/** A job run resumed after a failure or a kill. */
	public static final String RUN_RESUMED = "run.resumed";

	/** A backfill chunk was staged: count and digest of its keys. */
	public static final String BACKFILL_STAGED = "backfill.staged";

	/** A backfill batch was published to its target. */
	public static final String BACKFILL_PROMOTED = "backfill.promoted";

	/** A backfill batch failed its promotion gate; nothing was published. */
	public static final String BACKFILL_GATE_FAILED = "backfill.gate-failed";

	private static final int DETAIL_LIMIT = 16000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditHeadFile headFile;

	private final String actor;

	private final UnloggedBulkWrites unloggedWrites;

	public AuditTrail(DataSource dataSource, PlatformTransactionManager transactionManager, AuditHeadFile headFile,
			AuditActor actor, UnloggedBulkWrites unloggedWrites) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.headFile = headFile;
		this.actor = actor.name();
		this.unloggedWrites = unloggedWrites;
	}

	/** Who this process acts for: {@code --actor}, else {@code $MESHLINE_ACTOR}, {@code $USER}, the OS user. */
	public String actor() {
		return this.actor;
	}

	/** Appends an event by this process's actor. */
	public AuditEvent append(String kind, String subject, String detail) {
		return append(this.actor, kind, subject, detail);
	}

	/**
	 * Appends an event in the caller's transaction (or a new one). Never half-written: the event and
	 * the new head commit together, or neither does.
	 * @param actor who did it; never {@code null}
	 * @param kind what happened, dotted lower case, e.g. {@code exception.approved}
	 * @param subject what it happened to, e.g. {@code exception MISSING_IN_ERP:006A}
	 * @param detail the facts a reviewer needs; never {@code null}
	 */
	public AuditEvent append(String actor, String kind, String subject, String detail) {
		AuditEvent event = this.transactions.execute((status) -> {
			// Taking the head row's write lock first: a second appender waits here until this one commits
			// (SELECT ... FOR UPDATE does not block readers on HSQLDB's MVCC), then sees its event.
			this.jdbc.update("UPDATE ML_AUDIT_HEAD SET SEQ = SEQ + 1 WHERE ID = 1");
			Map<String, Object> head = this.jdbc.queryForMap("SELECT SEQ, HASH FROM ML_AUDIT_HEAD WHERE ID = 1");
			long seq = ((Number) head.get("SEQ")).longValue();
			// The time is bound as a LocalDateTime, never through java.sql.Timestamp and the JVM's zone:
			// a UTC time in a local daylight-saving gap would be shifted and the hash would no longer match.
			AuditEvent sealed = AuditEvent.seal(seq, LocalDateTime.now(ZoneOffset.UTC), actor, kind, subject,
					fit(detail), (String) head.get("HASH"));
			this.jdbc.update("INSERT INTO ML_AUDIT_EVENT (SEQ, EVENT_AT, ACTOR, KIND, SUBJECT, DETAIL, PREV_HASH, HASH) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sealed.seq(), sealed.at(), sealed.actor(),
					sealed.kind(), sealed.subject(), sealed.detail(), sealed.prevHash(), sealed.hash());
			this.jdbc.update("UPDATE ML_AUDIT_HEAD SET HASH = ? WHERE ID = 1", sealed.hash());
			return sealed;
		});
		recordHeadAfterCommit(event);
		return event;
	}

	/** SHA-256 of keys in sorted order, one per line: a short, checkable stand-in for a long key list. */
	public static String digestOfKeys(Collection<String> keys) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
		for (String key : keys.stream().sorted().toList()) {
			digest.update((key + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A committed event is not yet durable inside an unlogged step: the file waits for its checkpoint. */
	private void recordHeadAfterCommit(AuditEvent event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.unloggedWrites.whenDurable(() -> this.headFile.advance(event));
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				AuditTrail.this.unloggedWrites.whenDurable(() -> AuditTrail.this.headFile.advance(event));
			}

		});
	}

	private static String fit(String detail) {
		return (detail.length() <= DETAIL_LIMIT) ? detail : detail.substring(0, DETAIL_LIMIT) + "…";
	}

}
