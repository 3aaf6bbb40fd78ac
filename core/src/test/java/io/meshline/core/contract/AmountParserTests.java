package io.meshline.core.contract;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1234.56|1234.56", "'1,234.56'|1234.56", "$1,234.56|1234.56",
			"(1,234.56)|-1234.56", "($12.00)|-12.00", "-$12.00|-12.00", "$-12.00|-12.00", "€ 5|5", "£9000|9000",
			"¥100|100", "+7.5|7.5", "-0|0", ".5|0.5", "'12,345,678.9'|12345678.9", "12.|12" })
	void shouldReadPointStyleAmounts(String text, String expected) {
		// given // when
		BigDecimal amount = AmountParser.parse(text, DecimalStyle.POINT);
		// then
		assertThat(amount).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "'1.234,56'|1234.56", "'12,5'|12.5", "'(1.234,56)'|-1234.56" })
	void shouldReadCommaStyleAmounts(String text, String expected) {
		// given // when
		BigDecimal amount = AmountParser.parse(text, DecimalStyle.COMMA);
		// then
		assertThat(amount).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "NaN", "Infinity", "-Infinity", "1e309", "1E5", "12,5O0.00", "", " ", "$", "()",
			"1,23", "1234,567", ",123", "1.2.3", "--5", "(-5)", "5-", "0x10", "1 000", "12 USD", "." })
	void shouldRefuseWhatIsNotAnAmount(String text) {
		// given // when
		BigDecimal amount = AmountParser.parse(text, DecimalStyle.POINT);
		// then
		assertThat(amount).isNull();
	}

}
