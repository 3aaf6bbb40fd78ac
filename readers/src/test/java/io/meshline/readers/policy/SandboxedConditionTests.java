package io.meshline.readers.policy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import io.meshline.core.policy.DealCondition.RuleEvaluationException;
import io.meshline.core.policy.DealFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SandboxedConditionTests {

	private static final DealFacts DEAL = new DealFacts("D-7", "Acme - Renewal", "Closed Won", "Tom Becker", "A-1",
			"Acme", "A-1", "EUR", new BigDecimal("9000.00"), "2026-10-13", new BigDecimal("10000.00"),
			new BigDecimal("1000.00"), new BigDecimal("10.00"), true);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			discountPercent > 5                                   | true
			discountPercent > 10                                  | false
			discountPercent >= 10.0                               | true
			amount > 8999.99 and currency == 'EUR'                | true
			creditHold                                            | true
			!creditHold or owner == 'Nobody'                      | false
			closeDate >= '2026-10-01' and closeDate <= '2026-10-31' | true
			listPrice - amount == discount                        | true
			amount between {1000, 10000}                          | true
			owner matches 'Tom.*'                                 | true
			(stage ?: '') == 'Closed Won' ? true : false          | true
			dealName != null and account == accountId             | true
			""")
	void shouldEvaluateFieldsAndOperators(String expression, boolean expected) {
		// when
		boolean result = SandboxedCondition.compile(expression).test(DEAL);
		// then
		assertThat(result).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			T(java.lang.Runtime).getRuntime().exec('touch pwned')  | refers to a Java type (T(java.lang.Runtime) at column 1)
			''.getClass().forName('java.lang.Runtime')                  | calls a method (getClass() at column 4)
			new java.io.File('x').delete()                              | creates an object with new (new java.io.File('x') at column 1)
			@bean                                                       | refers to a bean (@bean at column 2)
			&factory                                                    | refers to a bean (&factory at column 1)
			amount = 0                                                  | assigns a value (amount=0 at column 8)
			dealId.class                                                | reads a property of a value (a.b); only the deal's own fields can be read (dealId.class at column 1)
			#root                                                       | reads a variable (#root at column 1)
			#systemProperties['user.home'] != null                      | reads a variable (#systemProperties at column 1)
			{1,2}.![#this * 2] != null                                  | projects a collection (![(#this * 2)] at column 7)
			dealId instanceof T(String)                                 | tests a Java type with instanceof ((dealId instanceof T(String)) at column 8)
			amount ^ 999999999 > 1                                      | raises to a power, which can take unbounded time ((amount ^ 999999999) at column 8)
			amount++ > 1                                                | changes a value with ++ (amount++ at column 7)
			amout > 1                                                   | reads amout, which is not a deal field (the fields are dealId, dealName, stage, owner, accountId, accountName, account, currency, amount, closeDate, listPrice, discount, discountPercent, creditHold)
			""")
	void shouldRefuseEverythingButFieldsAndOperators(String expression, String problem) {
		// when / then
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> SandboxedCondition.compile(expression))
			.withMessage(problem + "; a policy expression may only read deal fields and use operators");
	}

	@ParameterizedTest
	@ValueSource(strings = { "T(java.lang.Runtime).getRuntime().exec('touch pwned')",
			"''.getClass().forName('java.lang.Runtime')", "new java.io.File('x').delete()", "@bean",
			"amount = 0", "dealId.class", "dealId.bytes", "dealId.toString()" })
	void shouldNotRunAMaliciousExpressionEvenIfTheCheckWereBypassed(String expression) {
		// given: parsed without the sandbox check, evaluated in the sandbox's context
		var parsed = new SpelExpressionParser().parseExpression(expression);
		// when / then
		assertThatExceptionOfType(SpelEvaluationException.class)
			.isThrownBy(() -> parsed.getValue(SandboxedCondition.context(), DEAL));
		assertThat(DEAL.amount()).isEqualByComparingTo("9000.00");
	}

	@Test
	void shouldReportAResultThatIsNotTrueOrFalse() {
		// given
		SandboxedCondition condition = SandboxedCondition.compile("amount + 1");
		// when / then
		assertThatExceptionOfType(RuleEvaluationException.class).isThrownBy(() -> condition.test(DEAL))
			.withMessage("the expression gave \"9001.00\", not true or false");
	}

	@Test
	void shouldTreatNullAsSmallerInComparisonsAndFailOnANullMatch() {
		// given
		DealFacts noPriceNoOwner = new DealFacts("D-8", null, "Closed Won", null, null, "Acme", "Acme", "EUR",
				new BigDecimal("9000.00"), "2026-10-13", null, null, null, false);
		// when / then
		assertThat(SandboxedCondition.compile("discountPercent > 10").test(noPriceNoOwner)).isFalse();
		assertThat(SandboxedCondition.compile("owner == null").test(noPriceNoOwner)).isTrue();
		assertThatExceptionOfType(RuleEvaluationException.class)
			.isThrownBy(() -> SandboxedCondition.compile("owner matches 'Tom.*'").test(noPriceNoOwner));
	}

	@Test
	void shouldReportASyntaxErrorWithItsColumn() {
		// when / then
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> SandboxedCondition.compile("amount > "))
			.withMessageStartingWith("is not a valid expression: ")
			.withMessageEndingWith(" at column 8");
	}

}
