package io.meshline.jobs.backfill;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import io.meshline.core.money.CurrencyScale;

/**
 * A batch's plan as promotion reads it, once, in key order: hands out the invoices and tallies them
 * (how many, the total per currency, a digest of the keys). Not thread-safe.
 */
final class PlanTally implements PlanSource {

	private final PlanSource plan;

	private final Map<String, BigDecimal> totals = new TreeMap<>();

	private final SortedKeyDigest digest = new SortedKeyDigest();

	private long records;

	PlanTally(PlanSource plan) {
		this.plan = plan;
	}

	@Override
	public PlannedInvoice next() {
		PlannedInvoice invoice = this.plan.next();
		if (invoice != null) {
			this.records++;
			this.totals.merge(invoice.currency(), invoice.amount(), BigDecimal::add);
			this.digest.add(invoice.dealId());
		}
		return invoice;
	}

	/** Reads whatever the reader of the plan left unread. */
	void drain() {
		while (next() != null) {
			// tallied by next()
		}
	}

	long records() {
		return this.records;
	}

	/** The totals per currency so far, at each currency's scale. */
	Map<String, BigDecimal> totals() {
		Map<String, BigDecimal> atScale = new TreeMap<>();
		this.totals.forEach((currency, total) -> atScale.put(currency, CurrencyScale.atScale(total, currency)));
		return atScale;
	}

	/** SHA-256 of the keys, sorted, one per line; {@code null} when they did not come in Java string order. */
	String keyDigestOrNull() {
		return this.digest.hexOrNull();
	}

}
