package io.meshline.jobs.backfill;

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

	/** What a batch's staging area holds, read back from the area itself. */
	Staged staged(long batchId) throws IOException;

	/**
	 * Publishes the batch's staged records that the target does not hold yet, as the plan describes
	 * them; returns how many it added.
	 */
	int publish(long batchId, Map<String, PlannedInvoice> plan) throws IOException;

	/** The published invoices that reference any of {@code keys}, by key. */
	Map<String, List<Landed>> readBack(Set<String> keys) throws IOException;

	/** A staging area's content: records, distinct keys, totals per currency, rows that do not read back. */
	record Staged(long records, long distinctKeys, Map<String, BigDecimal> totals, long unreadable) {
	}

	/** One published invoice (or line) referencing a key. */
	record Landed(String invoiceId, String currency, BigDecimal amount) {
	}

}
