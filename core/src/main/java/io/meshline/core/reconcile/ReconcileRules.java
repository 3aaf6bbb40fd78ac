package io.meshline.core.reconcile;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The tolerances, scope and identity crosswalk of one run. Immutable when the crosswalk map is.
 *
 * @param amountTolerance the largest difference between deal and invoiced amount that still matches
 * @param dateToleranceDays how many days after close the first invoice may be dated
 * @param scope which deals and orphans are looked at
 * @param crosswalk CRM account key to ERP customer (id or name), or {@code null} to skip the check
 */
public record ReconcileRules(BigDecimal amountTolerance, int dateToleranceDays, ReconcileScope scope,
		Map<String, String> crosswalk) {

	public static final BigDecimal DEFAULT_AMOUNT_TOLERANCE = new BigDecimal("0.01");

	public static final int DEFAULT_DATE_TOLERANCE_DAYS = 31;

	public ReconcileRules {
		Objects.requireNonNull(amountTolerance, "amountTolerance");
		Objects.requireNonNull(scope, "scope");
		if (amountTolerance.signum() < 0) {
			throw new IllegalArgumentException("The amount tolerance cannot be negative: " + amountTolerance);
		}
		if (dateToleranceDays < 0) {
			throw new IllegalArgumentException("The date tolerance cannot be negative: " + dateToleranceDays);
		}
	}

	/** The defaults: 0.01 and 31 days, everything in scope, no crosswalk. */
	public static ReconcileRules defaults() {
		return new ReconcileRules(DEFAULT_AMOUNT_TOLERANCE, DEFAULT_DATE_TOLERANCE_DAYS, ReconcileScope.everything(),
				null);
	}

	public boolean checksCustomers() {
		return this.crosswalk != null;
	}

}
