package io.meshline.core.policy;

import java.util.Objects;

/**
 * One rule of a policy file. Immutable.
 *
 * @param id a short stable name, unique in its file, quoted in findings and backfill plans; never blank
 * @param description what the rule is for, or {@code null}
 * @param when the expression as written in the file; never {@code null}
 * @param condition the compiled expression; never {@code null}
 * @param action what breaking the rule does; never {@code null}
 * @param message the sentence reported for a deal that breaks it; {@code {field}} is replaced by
 *     the deal's value of that field (see {@link DealFacts#FIELDS}); never {@code null}
 */
public record PolicyRule(String id, String description, String when, DealCondition condition, PolicyAction action,
		String message) {

	public PolicyRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(when, "when");
		Objects.requireNonNull(condition, "condition");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(message, "message");
	}

	/**
	 * What this rule decides for one deal: a decision when the deal breaks it, else {@code null}. A
	 * condition that cannot be decided counts as broken (fail closed), with the reason in the message.
	 */
	public PolicyDecision decide(DealFacts facts) {
		try {
			return this.condition.test(facts) ? new PolicyDecision(this.id, this.action, facts.fill(this.message))
					: null;
		}
		catch (DealCondition.RuleEvaluationException ex) {
			return new PolicyDecision(this.id, this.action,
					"the rule could not be evaluated for this deal, so it counts as broken: " + ex.getMessage());
		}
	}

}
