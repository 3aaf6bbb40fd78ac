package io.meshline.readers.policy;

import java.util.Objects;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import io.meshline.core.policy.DealCondition;
import io.meshline.core.policy.DealFacts;

/**
 * A policy condition written in SpEL and locked down twice. At compile time the syntax tree must
 * pass {@link ExpressionSandbox} (fields and operators only). At run time the expression is
 * evaluated in a {@link SimpleEvaluationContext} whose only property accessor reads
 * {@link DealFacts} fields, with assignment disabled, no method resolver, no constructor
 * resolver, no bean resolver and a type locator that refuses every type: even an expression that
 * got past the first check could not call a method or load a class. Thread-safe.
 */
public final class SandboxedCondition implements DealCondition {

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	private final SpelExpression expression;

	private SandboxedCondition(SpelExpression expression) {
		this.expression = expression;
	}

	/**
	 * Compiles {@code text}.
	 * @throws IllegalArgumentException with a phrase saying what is wrong, when {@code text} does
	 *     not parse or uses anything but deal fields and operators
	 */
	public static SandboxedCondition compile(String text) {
		SpelExpression expression;
		try {
			expression = (SpelExpression) PARSER.parseExpression(text);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("is not a valid expression: " + ex.getSimpleMessage()
					+ " at column " + (ex.getPosition() + 1));
		}
		String problem = ExpressionSandbox.firstProblem(expression.getAST());
		if (problem != null) {
			throw new IllegalArgumentException(problem
					+ "; a policy expression may only read deal fields and use operators");
		}
		return new SandboxedCondition(expression);
	}

	/** The context every policy expression runs in: deal fields readable, nothing else. */
	static EvaluationContext context() {
		return SimpleEvaluationContext.forPropertyAccessors(new DealFactsAccessor()).withAssignmentDisabled().build();
	}

	@Override
	public boolean test(DealFacts facts) {
		Objects.requireNonNull(facts, "facts");
		Object value;
		try {
			value = this.expression.getValue(context(), facts);
		}
		catch (EvaluationException ex) {
			throw new RuleEvaluationException(ex.getMessage(), ex);
		}
		if (value instanceof Boolean result) {
			return result;
		}
		throw new RuleEvaluationException("the expression gave " + ((value == null) ? "no value" : "\"" + value + "\"")
				+ ", not true or false", null);
	}

	@Override
	public String toString() {
		return this.expression.getExpressionString();
	}

}
