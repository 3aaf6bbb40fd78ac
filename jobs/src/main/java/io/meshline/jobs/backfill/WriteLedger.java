package io.meshline.jobs.backfill;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ML_WRITE_LEDGER}: one row per target and idempotency key, ever, naming the batch that
 * claimed it. A batch claims its keys ({@code PLANNED}) before anything is written; the primary key
 * on target and key makes a second claim fail, so no key is written twice to a target, whatever
 * runs overlap, and every lookup goes through that key, never a scan. From its claim on, a key moves
 * with its batch: {@code STAGED} once the batch has staged it all, {@code WRITTEN} once the batch is
 * promoted. Each move is one row of {@code ML_BACKFILL_BATCH}, not one per key: updating a million
 * ledger rows costs HSQLDB longer than the whole backfill of them may take. Rows from earlier
 * versions, which moved keys one by one, keep their own state; a key's state is the further of its
 * row's and its batch's ({@link #state}).
 */
final class WriteLedger {

	static final String PLANNED = "PLANNED";

	static final String STAGED = "STAGED";

	static final String WRITTEN = "WRITTEN";

	/**
	 * Joins {@code l}, the ledger row of the key in {@code keyColumn} on the target given as a
	 * parameter, and {@code b}, the batch holding it: both through their primary keys.
	 */
	static String holderOf(String keyColumn) {
		return "LEFT JOIN ML_WRITE_LEDGER l ON l.TARGET = ? AND l.IDEMPOTENCY_KEY = " + keyColumn
				+ " LEFT JOIN ML_BACKFILL_BATCH b ON b.BATCH_ID = l.BATCH_ID";
	}

	private final JdbcTemplate jdbc;

	WriteLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims keys for a batch; throws {@code DuplicateKeyException} if another batch holds one. */
	void claim(String target, long batchId, List<String> keys) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate("INSERT INTO ML_WRITE_LEDGER (TARGET, IDEMPOTENCY_KEY, BATCH_ID, STATE, UPDATED) "
				+ "VALUES (?, ?, ?, ?, ?)", keys, keys.size(), (ps, key) -> {
					ps.setString(1, target);
					ps.setString(2, key);
					ps.setLong(3, batchId);
					ps.setString(4, PLANNED);
					ps.setTimestamp(5, now);
				});
	}

	/**
	 * A key's state: the further of its ledger row's and its batch's.
	 * @param rowState the ledger row's {@code STATE}
	 * @param batchStatus the holding batch's {@code ML_BACKFILL_BATCH.STATUS}, or {@code null}
	 */
	static String state(String rowState, String batchStatus) {
		if (WRITTEN.equals(rowState) || BackfillBatches.PROMOTED.equals(batchStatus)) {
			return WRITTEN;
		}
		if (STAGED.equals(rowState) || BackfillBatches.STAGED.equals(batchStatus)
				|| BackfillBatches.GATE_FAILED.equals(batchStatus)) {
			return STAGED;
		}
		return PLANNED;
	}

}
