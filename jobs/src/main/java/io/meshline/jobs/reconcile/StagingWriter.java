package io.meshline.jobs.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.contract.RowResult;
import io.meshline.core.model.Rejection;

/**
 * Writes one file's rows into staging: accepted records into their table, rejected rows into
 * {@code ML_REJECT}. It remembers the last line it committed; on a restart it first deletes
 * whatever lies past that line, so a chunk written again after a crash never doubles a row.
 * Not thread-safe.
 *
 * @param <T> the canonical record type
 */
public class StagingWriter<T> implements ItemStreamWriter<RowResult<T>> {

	private static final String LAST_LINE = "staged.line";

	/** The rows this writer was handed, in all executions of the run: the file's rows read. */
	static final String ROWS = "staged.rows";

	private static final String INSERT_REJECT = "INSERT INTO ML_REJECT (RUN_ID, SIDE, LINE_NO, FILE_NAME, COLUMN_NAME, "
			+ "REASON, RAW_LINE, RECORD_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int MAX_RAW_LINE = 65_536;

	private final JdbcTemplate jdbc;

	private final long runId;

	private final String side;

	private final String fileName;

	private final StagingTable<T> table;

	private long lastLine;

	private long rows;

	public StagingWriter(JdbcTemplate jdbc, long runId, String side, String fileName, StagingTable<T> table) {
		this.jdbc = jdbc;
		this.runId = runId;
		this.side = side;
		this.fileName = fileName;
		this.table = table;
	}

	@Override
	public void open(ExecutionContext context) {
		this.lastLine = context.getLong(LAST_LINE, 0L);
		this.rows = context.getLong(ROWS, 0L);
		this.jdbc.update("DELETE FROM " + this.table.name() + " WHERE RUN_ID = ? AND LINE_NO > ?", this.runId,
				this.lastLine);
		this.jdbc.update("DELETE FROM ML_REJECT WHERE RUN_ID = ? AND SIDE = ? AND LINE_NO > ?", this.runId, this.side,
				this.lastLine);
	}

	@Override
	public void write(Chunk<? extends RowResult<T>> chunk) {
		List<Object[]> accepted = new ArrayList<>(chunk.size());
		List<Object[]> rejected = new ArrayList<>();
		for (RowResult<T> result : chunk) {
			if (result instanceof RowResult.Accepted<T> ok) {
				String problem = this.table.unstorable(ok.record());
				if (problem == null) {
					accepted.add(this.table.row(this.runId, ok.record(), ok.line()));
				}
				else {
					rejected.add(reject(new Rejection(this.fileName, ok.line(), this.table.idColumn(),
							"Cannot stage the row: " + problem, null, this.table.recordId(ok.record()))));
				}
			}
			else if (result instanceof RowResult.Rejected<T> bad) {
				rejected.add(reject(bad.rejection()));
			}
			this.lastLine = Math.max(this.lastLine, result.line());
		}
		this.rows += chunk.size();
		if (!accepted.isEmpty()) {
			this.jdbc.batchUpdate(this.table.insertSql(), accepted, this.table.types());
		}
		if (!rejected.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_REJECT, rejected);
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(LAST_LINE, this.lastLine);
		context.putLong(ROWS, this.rows);
	}

	private Object[] reject(Rejection r) {
		return new Object[] { this.runId, this.side, r.line(), r.file(), Text.fit(r.column(), 1024),
				Text.fit(r.reason(), 4096), Text.fit(r.rawLine(), MAX_RAW_LINE), Text.fit(r.recordId(), 256) };
	}

}
