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

	/**
	 * A won deal in scope that is invoiced in full, within tolerance, with nothing wrong. Findings
	 * that do not compare records (a policy violation) do not unmatch it: its books agree.
	 */
	public boolean matchedDeal() {
		return this.wonDealInScope && this.findings.stream().noneMatch((f) -> f.type().comparesRecords());
	}

	/** This outcome with {@code more} findings after its own. */
	public GroupOutcome with(List<Finding> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<Finding> all = new java.util.ArrayList<>(this.findings);
		all.addAll(more);
		return new GroupOutcome(all, this.wonDealInScope);
	}

}
