package io.meshline.jobs.reconcile.partition;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.meshline.core.model.Rejection;
import io.meshline.jobs.reconcile.Text;

/**
 * Stores one side's rejected rows in {@code ML_REJECT}, in JDBC batches. Used by one thread at a
 * time, in file order ({@link ExportSource}); each batch commits on its own, and a restarted run
 * deletes the run's rows before it starts again.
 */
final class RejectSink {

	private static final String INSERT = "INSERT INTO ML_REJECT (RUN_ID, SIDE, LINE_NO, FILE_NAME, COLUMN_NAME, "
			+ "REASON, RAW_LINE, RECORD_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int MAX_RAW_LINE = 65_536;

	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final long runId;

	private final String side;

	private final TransactionTemplate transaction;

	private final List<Object[]> pending = new ArrayList<>();

	private long count;

	RejectSink(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, long runId, String side) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.runId = runId;
		this.side = side;
	}

	void add(Rejection r) {
		this.pending.add(new Object[] { this.runId, this.side, r.line(), r.file(), Text.fit(r.column(), 1024),
				Text.fit(r.reason(), 4096), Text.fit(r.rawLine(), MAX_RAW_LINE), Text.fit(r.recordId(), 256) });
		this.count++;
		if (this.pending.size() >= BATCH) {
			flush();
		}
	}

	void flush() {
		if (!this.pending.isEmpty()) {
			// one transaction per batch: in autocommit every row would be a commit and a disk sync
			this.transaction.executeWithoutResult((status) -> this.jdbc.batchUpdate(INSERT, this.pending));
			this.pending.clear();
		}
	}

	long count() {
		return this.count;
	}

}
