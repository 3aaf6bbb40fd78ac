package io.meshline.core.reconcile;

import java.util.List;

/**
 * What classifying one {@link DealGroup} found. Immutable.
 *
 * @param findings the findings, in report order; never {@code null}
 * @param wonDealInScope whether the group's deal is a won deal within the run's scope
 */
public record GroupOutcome(List<Finding> findings, boolean wonDealInScope) {

	public GroupOutcome {
		findings = List.copyOf(findings);
	}

	/** A won deal in scope that is invoiced in full, within tolerance, with nothing wrong. */
	public boolean matchedDeal() {
		return this.wonDealInScope && this.findings.isEmpty();
	}

}
