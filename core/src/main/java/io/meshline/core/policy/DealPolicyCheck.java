package io.meshline.core.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/**
 * Checks a won deal against a policy: every rule it breaks is a decision, and together they make at
 * most one {@code POLICY_VIOLATION} finding, whose detail names every broken rule and whose
 * headline is the strongest action ({@code BLOCK} over {@code REQUIRE_APPROVAL} over {@code WARN}).
 * The finding adds nothing to revenue at risk or over-billing. Thread-safe.
 */
public final class DealPolicyCheck {

	private static final DealPolicyCheck NONE = new DealPolicyCheck(null, PriceBook.empty());

	private final Policy policy;

	private final PriceBook priceBook;

	/**
	 * @param policy the policy, or {@code null} for none
	 * @param priceBook the list prices; never {@code null}
	 */
	public DealPolicyCheck(Policy policy, PriceBook priceBook) {
		this.policy = policy;
		this.priceBook = priceBook;
	}

	/** The check of a run without a policy: it finds nothing. */
	public static DealPolicyCheck none() {
		return NONE;
	}

	/** The facts an expression sees for {@code deal}. */
	public DealFacts factsOf(CrmDeal deal) {
		return DealFacts.of(deal, this.priceBook.listPriceOf(deal),
				(this.policy != null) ? this.policy.creditHolds() : Set.of());
	}

	/** The verdict on {@code deal}, which should be a won deal in the run's scope. */
	public PolicyVerdict verdict(CrmDeal deal) {
		if (this.policy == null) {
			return PolicyVerdict.none();
		}
		List<PolicyDecision> decisions = this.policy.evaluate(factsOf(deal));
		if (decisions.isEmpty()) {
			return PolicyVerdict.none();
		}
		PolicyAction strongest = decisions.stream().map(PolicyDecision::action).reduce(PolicyAction::max).orElseThrow();
		return new PolicyVerdict(decisions, finding(deal, strongest, decisions));
	}

	private Finding finding(CrmDeal deal, PolicyAction strongest, List<PolicyDecision> decisions) {
		String rules = decisions.stream()
			.map((d) -> d.ruleId() + " (" + d.action() + "): " + d.message())
			.collect(Collectors.joining("; "));
		String detail = "Policy " + this.policy.version() + " " + headline(strongest) + " deal " + deal.dealId() + ": "
				+ rules + (rules.endsWith(".") ? "" : ".");
		return new Finding(FindingType.POLICY_VIOLATION, deal.dealId(), List.of(), deal.accountKey(), null,
				deal.currency(), deal.amount(), null, null, deal.closeDate(), null, deal.owner(), null, null, detail);
	}

	private static String headline(PolicyAction action) {
		return switch (action) {
			case BLOCK -> "blocks";
			case REQUIRE_APPROVAL -> "holds for approval";
			case WARN -> "warns about";
		};
	}

}
