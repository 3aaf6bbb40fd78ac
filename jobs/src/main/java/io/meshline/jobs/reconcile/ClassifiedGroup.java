package io.meshline.jobs.reconcile;

import java.util.List;

import io.meshline.core.policy.PolicyDecision;
import io.meshline.core.reconcile.GroupOutcome;

/**
 * What a numbered group was found to be, with the policy rules its deal breaks.
 *
 * @param dealId the group's deal id, or {@code null} when the group has no deal
 * @param decisions the rules the deal breaks; empty without a policy or when it breaks none
 */
record ClassifiedGroup(long seq, GroupOutcome outcome, String dealId, List<PolicyDecision> decisions) {

	ClassifiedGroup {
		decisions = List.copyOf(decisions);
	}

	ClassifiedGroup(long seq, GroupOutcome outcome) {
		this(seq, outcome, null, List.of());
	}

}
