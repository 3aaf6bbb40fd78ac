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

	/**
	 * With a crosswalk: a won deal with live invoices whose account the crosswalk does not map, so
	 * the customer they are billed to cannot be checked. An identity gap, not a billing error.
	 */
	UNMAPPED_ACCOUNT,

	/** The first live invoice is dated before the close date or too long after it. */
	DATE_DRIFT,

	/** A live invoice whose reference is empty or names no CRM deal. */
	ORPHAN_IN_ERP,

	/** A won deal that breaks a rule of the policy file (blocked, or waiting for approval, or a warning). */
	POLICY_VIOLATION,

	/** A run whose volumes fall outside the band of the trailing runs: a sign the inputs changed, not the books. */
	DRIFT;

	/**
	 * Whether this kind comes from comparing CRM records with ERP records, as opposed to a policy
	 * rule, a gap in the crosswalk or the run's history. Only these can be planted in an export
	 * pair, and only these decide whether a deal is matched.
	 */
	public boolean comparesRecords() {
		return this != POLICY_VIOLATION && this != DRIFT && this != UNMAPPED_ACCOUNT;
	}

}
