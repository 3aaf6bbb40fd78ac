package io.meshline.jobs.backfill;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ML_WRITE_LEDGER}: one row per target and idempotency key, ever. A batch claims a key
 * ({@code PLANNED}) before anything is written, marks it {@code STAGED} in the same transaction as
 * the chunk that staged it, and {@code WRITTEN} once it is published. The primary key on target and
 * key makes a second claim fail, so no key is written twice to a target, whatever runs overlap;
 * every lookup goes through that key, never a scan.
 */
final class WriteLedger {

	static final String PLANNED = "PLANNED";

	static final String STAGED = "STAGED";

	static final String WRITTEN = "WRITTEN";

	private final JdbcTemplate jdbc;

	WriteLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims keys for a batch; throws {@code DuplicateKeyException} if another batch holds one. */
	void claim(String target, long batchId, Collection<String> keys) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(keys.size());
		for (String key : keys) {
			rows.add(new Object[] { target, key, batchId, PLANNED, now });
		}
		this.jdbc.batchUpdate("INSERT INTO ML_WRITE_LEDGER (TARGET, IDEMPOTENCY_KEY, BATCH_ID, STATE, UPDATED) "
				+ "VALUES (?, ?, ?, ?, ?)", rows);
	}

	/**
	 * Marks the batch's keys from {@code first} to {@code last} (in key order) {@code STAGED}: one
	 * range of the primary key, so the statement reads only that range. Returns how many it marked.
	 */
	int markStaged(String target, long batchId, String first, String last) {
		return this.jdbc.update("UPDATE ML_WRITE_LEDGER SET STATE = ?, UPDATED = ? WHERE TARGET = ? AND "
				+ "IDEMPOTENCY_KEY >= ? AND IDEMPOTENCY_KEY <= ? AND BATCH_ID = ? AND STATE = ?", STAGED,
				Timestamp.from(Instant.now()), target, first, last, batchId, PLANNED);
	}

	/** Marks every staged key of the batch written; returns how many. */
	int markWritten(long batchId) {
		return this.jdbc.update("UPDATE ML_WRITE_LEDGER SET STATE = ?, UPDATED = ? WHERE BATCH_ID = ? AND STATE = ?",
				WRITTEN, Timestamp.from(Instant.now()), batchId, STAGED);
	}

	long count(long batchId, String state) {
		Long count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM ML_WRITE_LEDGER WHERE BATCH_ID = ? AND STATE = ?", Long.class, batchId, state);
		return (count != null) ? count : 0L;
	}

}
