package io.meshline.core.exceptions;

import java.math.BigDecimal;

import io.meshline.core.reconcile.Finding;

/**
 * The money an exception is about, in the finding's currency: what it adds to revenue at risk,
 * else to over-billing, else the size of the difference, else the deal amount, else the invoiced
 * amount; zero when the finding carries none. Used for amount bands and the {@code --min-amount}
 * filter. Stateless.
 */
public final class AmountAtStake {

	private AmountAtStake() {
	}

	/** Never {@code null}, never negative. */
	public static BigDecimal of(Finding finding) {
		for (BigDecimal amount : new BigDecimal[] { finding.atRisk(), finding.overBilled(), finding.delta(),
				finding.crmAmount(), finding.erpAmount() }) {
			if (amount != null && amount.signum() != 0) {
				return amount.abs();
			}
		}
		return BigDecimal.ZERO;
	}

}
