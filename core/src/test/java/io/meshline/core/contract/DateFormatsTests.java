package io.meshline.core.contract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormatsTests {

	@Test
	void shouldReduceDateTimesToTheDateAsWritten() {
		// given
		DateFormats formats = new DateFormats(List.of("yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
				"yyyy-MM-dd HH:mm", "MM/dd/yy hh:mm a"));
		// when // then
		assertThat(formats.parse("2024-11-10")).isEqualTo(LocalDate.of(2024, 11, 10));
		assertThat(formats.parse("2024-01-22T23:14:25.000-0800")).isEqualTo(LocalDate.of(2024, 1, 22));
		assertThat(formats.parse("2026-10-31 14:03")).isEqualTo(LocalDate.of(2026, 10, 31));
		assertThat(formats.parse("02/23/26 08:55 PM")).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void shouldReadIsoDatesDirectlyAsTheFormatterWould() {
		// given: yyyy-MM-dd read directly, and the same pattern read by its formatter (not the first pattern)
		DateFormats direct = new DateFormats(List.of("yyyy-MM-dd"));
		DateFormats throughFormatter = new DateFormats(List.of("dd/MM/yyyy", "yyyy-MM-dd"));
		List<String> texts = List.of("2024-02-29", "2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10",
				"2026-10-00", "0000-01-01", "9999-12-31", "2026-1-01", "2026-01-1", "2026/01/01", "2026-01-01 ",
				"12026-01-01", "+2026-01-01", "2026-0a-01", "");
		// when // then
		for (String text : texts) {
			assertThat(direct.parse(text)).as(text).isEqualTo(throughFormatter.parse(text));
		}
		assertThat(direct.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(direct.parse("2026-02-29")).isNull();
		assertThat(direct.parse("12026-01-01")).isNull();
	}

	@Test
	void shouldPutTwoDigitYearsInThisCentury() {
		// given
		DateFormats formats = new DateFormats(List.of("MM/dd/yy"));
		// when // then
		assertThat(formats.parse("02/03/24")).isEqualTo(LocalDate.of(2024, 2, 3));
		assertThat(formats.parse("12/31/99")).isEqualTo(LocalDate.of(2099, 12, 31));
		assertThat(formats.parse("01/01/00")).isEqualTo(LocalDate.of(2000, 1, 1));
	}

	@Test
	void shouldAcceptOneOrTwoDigitMonthsWithASingleLetterPattern() {
		// given
		DateFormats formats = new DateFormats(List.of("M/d/yyyy"));
		// when // then
		assertThat(formats.parse("1/5/2026")).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(formats.parse("11/30/2026")).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void shouldRefuseImpossibleAndPartialDates() {
		// given
		DateFormats formats = new DateFormats(List.of("yyyy-MM-dd"));
		// when // then
		assertThat(formats.parse("2026-02-30")).isNull();
		assertThat(formats.parse("2026-13-01")).isNull();
		assertThat(formats.parse("2026-10-31 14:03")).isNull();
		assertThat(formats.parse("31/10/2026")).isNull();
		assertThat(formats.parse("")).isNull();
	}

}
