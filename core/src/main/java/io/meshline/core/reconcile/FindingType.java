package io.meshline.core.reconcile;

/**
 * The kinds of discrepancy between a CRM and an ERP. The order is the order findings of one deal
 * are reported in.
 */
public enum FindingType {

	/** A won deal that no invoice references. */
	MISSING_IN_ERP,

	/** Won but every invoice is void; or a live invoice for a deal that is not won. */
	STATUS_CONFLICT,

	/** Two or more live invoices of a deal with the same amount, currency, date and customer. */
	DUPLICATE_IN_ERP,

	/** A live invoice in another currency than its deal. */
	CURRENCY_MISMATCH,

	/** The deal's live invoices in its currency do not add up to the deal amount within tolerance. */
	AMOUNT_MISMATCH,

	/** With a crosswalk: an invoice billed to another customer than the deal's account maps to. */
	CUSTOMER_MISMATCH,

	/** The first live invoice is dated before the close date or too long after it. */
	DATE_DRIFT,

	/** A live invoice whose reference is empty or names no CRM deal. */
	ORPHAN_IN_ERP

}
