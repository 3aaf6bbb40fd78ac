package io.meshline.samples;

import io.meshline.core.reconcile.FindingType;

/**
 * The faults the generator plants, each producing exactly one finding of one type so the
 * expected classification of every deal is unambiguous.
 */
public enum PlantedFault {

	/** A won deal with no invoice; its amount is at risk. */
	MISSING(FindingType.MISSING_IN_ERP),

	/** One invoice for less than the deal; the difference is at risk. */
	UNDER_BILLED(FindingType.AMOUNT_MISMATCH),

	/** One invoice for more than the deal; the difference is over-billed. */
	OVER_BILLED(FindingType.AMOUNT_MISMATCH),

	/** The right invoice twice under two ids; the copy is over-billed. */
	DUPLICATE(FindingType.DUPLICATE_IN_ERP),

	/** One invoice in another currency; the deal amount is at risk. */
	OTHER_CURRENCY(FindingType.CURRENCY_MISMATCH),

	/** A won deal whose only invoice is void; its amount is at risk. Not for ledgers without voids. */
	VOID_ONLY(FindingType.STATUS_CONFLICT),

	/** A lost deal with a live invoice. */
	LOST_INVOICED(FindingType.STATUS_CONFLICT),

	/** One invoice billed to another customer than the crosswalk maps the account to. */
	WRONG_CUSTOMER(FindingType.CUSTOMER_MISMATCH),

	/** One invoice dated before the close date. */
	INVOICED_EARLY(FindingType.DATE_DRIFT),

	/** One invoice dated 45 or more days after the close date. */
	INVOICED_LATE(FindingType.DATE_DRIFT),

	/** Beside a correctly invoiced deal, a live invoice that names no deal. */
	ORPHAN_NO_REF(FindingType.ORPHAN_IN_ERP),

	/** Beside a correctly invoiced deal, a live invoice naming a deal id the CRM file does not have. */
	ORPHAN_UNKNOWN_REF(FindingType.ORPHAN_IN_ERP);

	private final FindingType findingType;

	PlantedFault(FindingType findingType) {
		this.findingType = findingType;
	}

	/** The finding a correct reconciliation reports for this fault. */
	public FindingType findingType() {
		return this.findingType;
	}

}
