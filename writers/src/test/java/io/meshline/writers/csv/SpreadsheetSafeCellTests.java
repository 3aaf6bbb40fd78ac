package io.meshline.writers.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeCellTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")", "+cmd|'+cmd",
			"-cmd|'-cmd", "@SUM(A1)|'@SUM(A1)", "-12.50|-12.50", "+3|+3", "-|'-", "-12.50x|'-12.50x",
			"Acme - Expansion|Acme - Expansion", "12.50|12.50" })
	void shouldNeutraliseFormulasButNotPlainNumbers(String cell, String expected) {
		// given / when
		String safe = SpreadsheetSafeCell.of(cell);

		// then
		assertThat(safe).isEqualTo(expected);
	}

	@Test
	void shouldNeutraliseLeadingTabAndCarriageReturn() {
		// given / when / then
		assertThat(SpreadsheetSafeCell.of("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(SpreadsheetSafeCell.of("\r=1+1")).isEqualTo("'\r=1+1");
	}

	@Test
	void shouldKeepNullAndEmpty() {
		// given / when / then
		assertThat(SpreadsheetSafeCell.of(null)).isNull();
		assertThat(SpreadsheetSafeCell.of("")).isEmpty();
	}

}
