package io.meshline.jobs.backfill;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The invoices a batch plans to write, read from {@code ML_BACKFILL_PLAN} in key order, each joined
 * through the write ledger's primary key to the batch that claimed it on the target: the gate's
 * check that the ledger holds every planned key for this batch rides on the read promotion makes
 * anyway, so the ledger needs no index by batch (one less index to maintain per claimed key).
 * Not thread-safe.
 */
final class IncludedPlan implements PlanSource {

	private final long batchId;

	private final PlanPages<Claimed> pages;

	private long claimedByBatch;

	/**
	 * @param ledgerName the target's name in the write ledger
	 */
	IncludedPlan(JdbcTemplate jdbc, long batchId, String ledgerName) {
		this.batchId = batchId;
		this.pages = new PlanPages<>(jdbc, batchId, "p.*, l.BATCH_ID AS CLAIMED_BY",
				"LEFT JOIN ML_WRITE_LEDGER l ON l.TARGET = ? AND l.IDEMPOTENCY_KEY = p.DEAL_ID",
				" AND p.INCLUDED = TRUE", List.of(ledgerName),
				(rs, n) -> new Claimed(BackfillBatches.invoice(rs), rs.getObject("CLAIMED_BY", Long.class)),
				(claimed) -> claimed.invoice().dealId());
	}

	/** A planned invoice and the batch whose claim on its key the ledger holds, or {@code null}. */
	private record Claimed(PlannedInvoice invoice, Long claimedBy) {
	}

	@Override
	public PlannedInvoice next() {
		Claimed next = this.pages.next();
		if (next == null) {
			return null;
		}
		if (next.claimedBy() != null && next.claimedBy() == this.batchId) {
			this.claimedByBatch++;
		}
		return next.invoice();
	}

	/** Of the invoices read so far, how many keys the write ledger holds for this batch. */
	long claimedByBatch() {
		return this.claimedByBatch;
	}

}
