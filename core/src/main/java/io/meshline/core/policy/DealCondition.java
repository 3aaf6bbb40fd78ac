package io.meshline.core.policy;

/**
 * The {@code when} of a policy rule: a test on the facts of one deal. Implementations must only
 * read the facts (no side effect, no access to anything else) and be thread-safe.
 */
@FunctionalInterface
public interface DealCondition {

	/**
	 * @return whether the deal meets the condition, that is, breaks the rule
	 * @throws RuleEvaluationException when the condition cannot be decided for this deal
	 */
	boolean test(DealFacts facts);

	/** A condition that cannot be decided for a deal, for example a comparison of text with a number. */
	class RuleEvaluationException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public RuleEvaluationException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
