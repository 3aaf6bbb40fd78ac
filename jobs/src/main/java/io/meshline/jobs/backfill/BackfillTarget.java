package io.meshline.jobs.backfill;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a backfill writes: first into a staging area per batch, then, at promotion, into the
 * published place the ERP reads. Publishing is a merge on the idempotency key (the deal id), so
 * publishing a batch twice writes nothing the second time.
 */
interface BackfillTarget {

	/** {@code netsuite-csv}, {@code quickbooks-csv} or {@code jdbc}. */
	String kind();

	/** The target's name in the write ledger: the same ERP gets the same name in every batch. */
	String ledgerName();

	/** The published place, for messages. */
	String location();

	/** Why the target cannot carry this invoice, or {@code null} when it can. */
	String unsupported(PlannedInvoice invoice);

	/** The record the target will hold, in words, for {@code plan.csv}. */
	String recordFor(PlannedInvoice invoice);

	/** The staging area of a batch. */
	StagingArea stagingArea(long batchId);

	/**
	 * Reads the batch's staging area back and, in the same pass, prepares publishing what the target
	 * does not hold yet: the invoices of {@code plan} (read in key order, at most once each) whose
	 * keys were staged. Nothing is published before {@link Publication#publish()}; closing a
	 * publication that was not published discards it.
	 */
	Publication prepare(long batchId, PlanSource plan) throws IOException;

	/** The published invoices that reference any of {@code keys}, by key. */
	Map<String, List<Landed>> readBack(Set<String> keys) throws IOException;

	/**
	 * A staging area's content, read back from the area itself.
	 * @param repeatedKeys records whose key an earlier record of the area has
	 * @param keyMismatch where the area's keys first differ from the plan's, in plan order, or
	 * {@code null} when they do not (or the area cannot tell: its order is not the plan's)
	 * @param unreadable rows that do not read back
	 */
	record Staged(long records, long repeatedKeys, String keyMismatch, Map<String, BigDecimal> totals,
			long unreadable) {
	}

	/** A batch's staging area read back, and what publishing it would add. */
	interface Publication extends Closeable {

		Staged staged();

		/** Publishes; returns how many records it added. */
		int publish() throws IOException;

	}

	/** One published invoice (or line) referencing a key. */
	record Landed(String invoiceId, String currency, BigDecimal amount) {
	}

}
