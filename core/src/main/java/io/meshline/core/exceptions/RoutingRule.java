package io.meshline.core.exceptions;

import java.math.BigDecimal;
import java.util.Objects;

import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/**
 * One row of a routing file: findings of a type, optionally only those of a CRM owner, a currency
 * or an amount band, go to a queue, optionally with a severity and an SLA of their own. Immutable.
 *
 * @param finding the finding type; never {@code null}
 * @param owner the CRM deal owner it applies to (exact match), or {@code null} for any
 * @param currency the currency it applies to, or {@code null} for any
 * @param minAmount the least amount at stake it applies to (included), or {@code null}
 * @param maxAmount the amount at stake it applies below (excluded), or {@code null}
 * @param queue the queue; never {@code null}
 * @param severity the severity, or {@code null} for the finding type's default
 * @param sla the SLA, or {@code null} for the severity's default
 */
public record RoutingRule(FindingType finding, String owner, String currency, BigDecimal minAmount,
		BigDecimal maxAmount, String queue, Severity severity, Sla sla) {

	public RoutingRule {
		Objects.requireNonNull(finding, "finding");
		Objects.requireNonNull(queue, "queue");
	}

	/** A rule that only names a queue for a finding type: the original {@code finding,queue} row. */
	public boolean unconditional() {
		return this.owner == null && this.currency == null && this.minAmount == null && this.maxAmount == null;
	}

	/** Whether {@code finding}, with {@code amount} at stake, is one this rule routes. */
	public boolean matches(Finding finding, BigDecimal amount) {
		return finding.type() == this.finding && (this.owner == null || this.owner.equals(finding.owner()))
				&& (this.currency == null || this.currency.equals(finding.currency()))
				&& (this.minAmount == null || amount.compareTo(this.minAmount) >= 0)
				&& (this.maxAmount == null || amount.compareTo(this.maxAmount) < 0);
	}

}
