package io.meshline.readers.policy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.policy.Policy;
import io.meshline.core.policy.PolicyAction;
import io.meshline.core.policy.PolicyRule;
import io.meshline.core.policy.PriceBook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class PolicyLoaderTests {

	@TempDir
	Path dir;

	@Test
	void shouldLoadTheCommittedSamplePolicy() throws IOException {
		// given
		Path file = Path.of("..", "samples", "policies", "default-policy.yaml");
		// when
		Policy policy = PolicyLoader.load(file);
		// then
		assertThat(policy.version()).isEqualTo("2026.11");
		assertThat(policy.sha256()).hasSize(64);
		assertThat(policy.rules()).extracting(PolicyRule::id, PolicyRule::action).containsExactly(
				tuple("credit-hold", PolicyAction.BLOCK),
				tuple("discount-over-10-percent", PolicyAction.REQUIRE_APPROVAL),
				tuple("large-deal", PolicyAction.REQUIRE_APPROVAL),
				tuple("large-pilot", PolicyAction.WARN),
				tuple("no-owner", PolicyAction.WARN));
		assertThat(policy.creditHolds()).isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"T(java.lang.Runtime).getRuntime().exec('rm -rf /')" | refers to a Java type (T(java.lang.Runtime) at column 1)
			"''.getClass().forName('java.lang.Runtime')"         | calls a method (getClass() at column 4)
			"new java.io.File('x').delete()"                     | creates an object with new (new java.io.File('x') at column 1)
			"@bean"                                              | refers to a bean (@bean at column 2)
			"amount = 0"                                         | assigns a value (amount=0 at column 8)
			""")
	void shouldRefuseAMaliciousExpressionNamingFileAndRule(String when, String problem) {
		// given
		String yaml = "version: '1'\nrules:\n  - id: ok\n    when: amount > 10\n    action: WARN\n    message: big\n"
				+ "  - id: evil\n    when: \"" + when + "\"\n    action: BLOCK\n    message: x\n";
		// when / then
		assertThatExceptionOfType(InvalidPolicyException.class)
			.isThrownBy(() -> PolicyLoader.load(yaml, "evil.yaml", "0"))
			.withMessage("evil.yaml, rule evil: when \"" + when + "\" " + problem
					+ "; a policy expression may only read deal fields and use operators.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"version: '1'"                                                         | p.yaml: rules: a list of at least one rule is required.
			"rules: []"                                                            | p.yaml: version is required.
			"version: '1'\\nowner: me\\nrules: []"                                 | p.yaml: unknown key owner (known keys: credit_hold, description, rules, version).
			"version: '1'\\nrules:\\n  - id: a\\n    when: x\\n"                   | p.yaml, rule a: action is required.
			"version: '1'\\nrules:\\n  - id: a\\n    when: amount > 1\\n    action: STOP\\n    message: m" | p.yaml, rule a: action \"STOP\" is not BLOCK, REQUIRE_APPROVAL or WARN.
			"version: '1'\\nrules:\\n  - id: a\\n    when: amount > 'x'\\n    action: WARN\\n    message: m" | p.yaml, rule a: when \"amount > 'x'\" cannot be evaluated on a sample deal: EL1013E: Cannot compare instances of class java.math.BigDecimal and class java.lang.String.
			"version: '1'\\nrules:\\n  - id: a\\n    when: amount > 1\\n    action: WARN\\n    message: m\\n  - id: a\\n    when: amount > 2\\n    action: WARN\\n    message: m" | p.yaml, rule a: the id is used by an earlier rule.
			""")
	void shouldSayWhatIsWrongWithAPolicyFile(String yaml, String message) {
		// when / then
		assertThatExceptionOfType(InvalidPolicyException.class)
			.isThrownBy(() -> PolicyLoader.load(yaml.replace("\\n", "\n"), "p.yaml", "0"))
			.withMessage(message);
	}

	@Test
	void shouldReadAPriceBookAtTheCurrencyScale() throws IOException {
		// given
		Path file = this.dir.resolve("pricebook.csv");
		Files.writeString(file, "deal_id,list_price,currency,note\nD-1,12500,EUR,x\nD-2,300000,JPY,\n");
		// when
		PriceBook book = PriceBookReader.read(file);
		// then
		assertThat(book.size()).isEqualTo(2);
		assertThat(book.listPriceOf(deal("D-1", "EUR"))).isEqualTo(new BigDecimal("12500.00"));
		assertThat(book.listPriceOf(deal("D-1", "USD"))).isNull();
		assertThat(book.listPriceOf(deal("D-2", "JPY"))).isEqualTo(new BigDecimal("300000"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			deal_id,list_price,currency\\nD-1,12.5O0,EUR | line 2 of {file}, column list_price: \"12.5O0\" is not a number like 12500.00.
			deal_id,list_price,currency\\nD-1,1.001,EUR | line 2 of {file}, column list_price: 1.001 has more decimals than EUR has.
			deal_id,list_price,currency\\nD-1,10,EUX | line 2 of {file}, column currency: \"EUX\" is not an ISO 4217 currency code.
			deal_id,list_price,currency\\nD-1,10,EUR\\nD-1,11,EUR | line 3 of {file}, column deal_id: deal D-1 is listed twice.
			deal_id,price,currency\\nD-1,10,EUR | The price book {file} must have the columns deal_id,list_price,currency; list_price is missing (found [deal_id, price, currency]).
			""")
	void shouldNameFileLineAndColumnOfABadPriceBookRow(String csv, String message) throws IOException {
		// given
		Path file = this.dir.resolve("book.csv");
		Files.writeString(file, csv.replace("\\n", "\n"));
		// when / then
		assertThatExceptionOfType(InvalidPolicyException.class).isThrownBy(() -> PriceBookReader.read(file))
			.withMessage(message.replace("{file}", file.toString()));
	}

	private static CrmDeal deal(String id, String currency) {
		return new CrmDeal(id, "A-1", "Acme", null, "Closed Won", true, BigDecimal.TEN, currency,
				LocalDate.of(2026, 10, 1), null, 2);
	}

}
