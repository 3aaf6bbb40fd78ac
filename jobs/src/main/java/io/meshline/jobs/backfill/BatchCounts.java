package io.meshline.jobs.backfill;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How many deals a batch planned, left out, staged and wrote, from the database (all executions). */
@Component
public class BatchCounts {

	private final JdbcTemplate jdbc;

	public BatchCounts(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public record Counts(long planned, long leftOut, long staged, long written) {
	}

	public Counts of(long batchId) {
		WriteLedger ledger = new WriteLedger(this.jdbc);
		return new Counts(plan(batchId, true), plan(batchId, false), ledger.count(batchId, WriteLedger.STAGED),
				ledger.count(batchId, WriteLedger.WRITTEN));
	}

	private long plan(long batchId, boolean included) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM ML_BACKFILL_PLAN WHERE BATCH_ID = ? AND INCLUDED = ?",
				Long.class, batchId, included);
		return (count != null) ? count : 0L;
	}

}
