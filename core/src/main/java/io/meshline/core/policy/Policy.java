package io.meshline.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned policy file: rules evaluated against each won deal, and the accounts on credit
 * hold. Immutable and thread-safe when its conditions are.
 *
 * @param version the file's {@code version}, quoted in every finding; never blank
 * @param source the file name, for messages; never {@code null}
 * @param sha256 the SHA-256 of the file's bytes, hex; never {@code null}
 * @param rules the rules in file order, ids unique; never {@code null}
 * @param creditHolds account ids or names on credit hold; never {@code null}
 */
public record Policy(String version, String source, String sha256, List<PolicyRule> rules, Set<String> creditHolds) {

	public Policy {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(sha256, "sha256");
		rules = List.copyOf(rules);
		creditHolds = Set.copyOf(creditHolds);
	}

	/** The rules {@code facts} breaks, in file order; empty when it breaks none. */
	public List<PolicyDecision> evaluate(DealFacts facts) {
		List<PolicyDecision> decisions = new ArrayList<>();
		for (PolicyRule rule : this.rules) {
			PolicyDecision decision = rule.decide(facts);
			if (decision != null) {
				decisions.add(decision);
			}
		}
		return decisions;
	}

}
