package io.meshline.jobs.backfill;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.jobs.backfill.BackfillBatches.PlanRow;

/**
 * Reads every row of a batch's plan in key order, a page at a time (see {@link PlanPages}), each
 * with the batch holding its key on the target and the key's state, found through the primary keys
 * of the write ledger and the batches. A
 * restart reads again from the first and skips the rows of the committed chunks. Not thread-safe.
 */
class ClaimReader extends AbstractItemCountingItemStreamItemReader<ClaimReader.Entry> {

	private final JdbcTemplate jdbc;

	private final long batchId;

	private final String ledgerName;

	private PlanPages<Entry> pages;

	ClaimReader(DataSource dataSource, long batchId, String ledgerName) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.batchId = batchId;
		this.ledgerName = ledgerName;
		setName("backfillClaimReader");
	}

	/**
	 * A plan row and who holds its key on the target.
	 * @param ledgerState {@code null} when no batch holds the key
	 * @param holder the batch holding the key, or {@code null}
	 */
	record Entry(PlanRow row, String ledgerState, Long holder) {
	}

	@Override
	protected void doOpen() {
		this.pages = new PlanPages<>(this.jdbc, this.batchId,
				"p.*, l.STATE AS LEDGER_STATE, l.BATCH_ID AS HOLDER, b.STATUS AS HOLDER_STATUS", WriteLedger.JOIN_HOLDER,
				"", List.of(this.ledgerName), (rs, n) -> new Entry(BackfillBatches.planRow(rs),
						(rs.getString("LEDGER_STATE") != null)
								? WriteLedger.state(rs.getString("LEDGER_STATE"), rs.getString("HOLDER_STATUS")) : null,
						rs.getObject("HOLDER", Long.class)),
				(entry) -> entry.row().invoice().dealId());
	}

	@Override
	protected Entry doRead() {
		return this.pages.next();
	}

	@Override
	protected void doClose() {
		this.pages = null;
	}

}
