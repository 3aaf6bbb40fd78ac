package io.meshline.jobs.backfill;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.jobs.backfill.BackfillBatches.PlanRow;

/**
 * Reads every row of a batch's plan in key order, a page at a time (see {@link PlanPages}). A
 * restart reads again from the first and skips the rows of the committed chunks. Not thread-safe.
 */
class PlanRowReader extends AbstractItemCountingItemStreamItemReader<PlanRow> {

	private final JdbcTemplate jdbc;

	private final long batchId;

	private PlanPages<PlanRow> pages;

	PlanRowReader(DataSource dataSource, long batchId) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.batchId = batchId;
		setName("backfillPlanReader");
	}

	@Override
	protected void doOpen() {
		this.pages = new PlanPages<>(this.jdbc, this.batchId, "p.*", "", "", List.of(),
				(rs, n) -> BackfillBatches.planRow(rs), (row) -> row.invoice().dealId());
	}

	@Override
	protected PlanRow doRead() {
		return this.pages.next();
	}

	@Override
	protected void doClose() {
		this.pages = null;
	}

}
