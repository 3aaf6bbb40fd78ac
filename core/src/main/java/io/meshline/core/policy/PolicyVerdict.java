package io.meshline.core.policy;

import java.util.List;
import java.util.Optional;

import io.meshline.core.reconcile.Finding;

/**
 * What the policy decided for one deal. Immutable.
 *
 * @param decisions every rule the deal breaks, in file order; empty when it breaks none
 * @param finding the deal's one {@code POLICY_VIOLATION} finding, or {@code null} when it breaks no rule
 */
public record PolicyVerdict(List<PolicyDecision> decisions, Finding finding) {

	private static final PolicyVerdict NONE = new PolicyVerdict(List.of(), null);

	public PolicyVerdict {
		decisions = List.copyOf(decisions);
	}

	/** No rule broken, or no policy. */
	public static PolicyVerdict none() {
		return NONE;
	}

	/** The finding as a list of zero or one, to append to a group's findings. */
	public List<Finding> findings() {
		return Optional.ofNullable(this.finding).stream().toList();
	}

	/** The strongest action of the broken rules, or {@code null} when none is broken. */
	public PolicyAction action() {
		return this.decisions.stream().map(PolicyDecision::action).reduce(PolicyAction::max).orElse(null);
	}

}
