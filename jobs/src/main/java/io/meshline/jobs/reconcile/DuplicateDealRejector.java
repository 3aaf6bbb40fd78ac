package io.meshline.jobs.reconcile;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rejects every staged deal whose id an earlier line of the file already used, so one CRM id means
 * one deal. Runs in one transaction: after a crash it either happened or it did not, and running it
 * again finds nothing more to do.
 */
class DuplicateDealRejector implements Tasklet {

	private static final String EARLIER_SAME_ID = "EXISTS (SELECT 1 FROM ML_CRM_DEAL e WHERE e.RUN_ID = d.RUN_ID "
			+ "AND e.DEAL_ID = d.DEAL_ID AND e.LINE_NO < d.LINE_NO)";

	private final JdbcTemplate jdbc;

	private final long runId;

	private final String fileName;

	private final String idColumn;

	DuplicateDealRejector(JdbcTemplate jdbc, long runId, String fileName, String idColumn) {
		this.jdbc = jdbc;
		this.runId = runId;
		this.fileName = fileName;
		this.idColumn = idColumn;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution,
			ChunkContext chunkContext) {
		int rejected = this.jdbc.update("INSERT INTO ML_REJECT (RUN_ID, SIDE, LINE_NO, FILE_NAME, COLUMN_NAME, REASON, "
				+ "RAW_LINE, RECORD_ID) SELECT d.RUN_ID, 'CRM', d.LINE_NO, ?, ?, "
				+ "'Deal id ' || d.DEAL_ID || ' is used again: the first row with it is on line ' "
				+ "|| CAST((SELECT MIN(f.LINE_NO) FROM ML_CRM_DEAL f WHERE f.RUN_ID = d.RUN_ID AND f.DEAL_ID = d.DEAL_ID) "
				+ "AS VARCHAR(20)) || '.', NULL, d.DEAL_ID FROM ML_CRM_DEAL d WHERE d.RUN_ID = ? AND " + EARLIER_SAME_ID,
				this.fileName, this.idColumn, this.runId);
		this.jdbc.update("DELETE FROM ML_CRM_DEAL d WHERE d.RUN_ID = ? AND " + EARLIER_SAME_ID, this.runId);
		contribution.incrementWriteCount(rejected);
		return RepeatStatus.FINISHED;
	}

}
