package io.meshline.reports;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AmountsTests {

	@Test
	void shouldFormatAtEachCurrencysScale() {
		assertThat(Amounts.format(new BigDecimal("1234567.5"), "USD")).isEqualTo("1,234,567.50");
		assertThat(Amounts.format(new BigDecimal("3146506"), "JPY")).isEqualTo("3,146,506");
		assertThat(Amounts.format(new BigDecimal("1.234"), "BHD")).isEqualTo("1.234");
		assertThat(Amounts.format(new BigDecimal("-0.50"), "EUR")).isEqualTo("-0.50");
		assertThat(Amounts.format(null, "EUR")).isNull();
	}

	@Test
	void shouldNeverRoundAnAmount() {
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> Amounts.format(new BigDecimal("10.5"), "JPY"));
	}

	@Test
	void shouldListAmountsWithTheirCodes() {
		Map<String, BigDecimal> amounts = new TreeMap<>(Map.of("USD", new BigDecimal("66800.00"), "JPY",
				new BigDecimal("14707500")));
		assertThat(Amounts.list(amounts, " · ")).isEqualTo("JPY 14,707,500 · USD 66,800.00");
		assertThat(Amounts.list(Map.of(), " · ")).isEqualTo("none");
		assertThat(Amounts.plain(new BigDecimal("5"), "USD")).isEqualTo("5.00");
	}

}
