package io.meshline.jobs.backfill;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The invoices a batch plans to write, read from {@code ML_BACKFILL_PLAN} in key order, each with
 * the batch its key's write-ledger row names, found through the ledger's primary key: promotion's
 * gate counts the plan's keys the ledger holds for the batch in the same read. The ledger has no
 * index by batch for a count of its own: kept up on every claim, it was an eighth of the plan step.
 * Not thread-safe.
 */
final class IncludedPlan implements PlanSource {

	private final PlanPages<Held> pages;

	private final long batchId;

	private long heldByBatch;

	/**
	 * @param ledgerName the target's name in the write ledger
	 */
	IncludedPlan(JdbcTemplate jdbc, long batchId, String ledgerName) {
		this.batchId = batchId;
		this.pages = new PlanPages<>(jdbc, batchId, "p.*, l.BATCH_ID AS HOLDER",
				"LEFT JOIN ML_WRITE_LEDGER l ON l.TARGET = ? AND l.IDEMPOTENCY_KEY = p.DEAL_ID", " AND p.INCLUDED = TRUE",
				List.of(ledgerName), (rs, n) -> new Held(BackfillBatches.invoice(rs), rs.getObject("HOLDER", Long.class)),
				(held) -> held.invoice().dealId());
	}

	/** A planned invoice and the batch holding its key, {@code null} when the ledger has no row for it. */
	private record Held(PlannedInvoice invoice, Long holder) {
	}

	@Override
	public PlannedInvoice next() {
		Held held = this.pages.next();
		if (held == null) {
			return null;
		}
		if (held.holder() != null && held.holder() == this.batchId) {
			this.heldByBatch++;
		}
		return held.invoice();
	}

	/** How many of the invoices handed out so far the write ledger holds for this batch. */
	long heldByBatch() {
		return this.heldByBatch;
	}

}
