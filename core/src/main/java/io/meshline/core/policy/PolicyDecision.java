package io.meshline.core.policy;

import java.util.Objects;

/**
 * One rule a deal breaks. Immutable.
 *
 * @param ruleId the rule's id; never {@code null}
 * @param action what the rule does; never {@code null}
 * @param message the rule's message for this deal, placeholders filled in; never {@code null}
 */
public record PolicyDecision(String ruleId, PolicyAction action, String message) {

	public PolicyDecision {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(message, "message");
	}

}
