package io.meshline.core.exceptions;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static Instant berlin(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
	}

	@Test
	void shouldAddHoursAroundTheClock() {
		assertThat(Sla.ofHours(2).dueAfter(Instant.parse("2026-11-06T23:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-11-07T01:00:00Z"));
	}

	@Test
	void shouldGiveOneBusinessDaySkippingTheWeekend() {
		Sla day = Sla.oneBusinessDay();
		// Thursday -> Friday, Friday -> Monday, Saturday -> Tuesday 00:00, Sunday -> Tuesday 00:00
		assertThat(day.dueAfter(berlin("2026-11-05T15:00"), BERLIN)).isEqualTo(berlin("2026-11-06T15:00"));
		assertThat(day.dueAfter(berlin("2026-11-06T15:00"), BERLIN)).isEqualTo(berlin("2026-11-09T15:00"));
		assertThat(day.dueAfter(berlin("2026-11-07T10:00"), BERLIN)).isEqualTo(berlin("2026-11-10T00:00"));
		assertThat(day.dueAfter(berlin("2026-11-08T23:59"), BERLIN)).isEqualTo(berlin("2026-11-10T00:00"));
	}

	@Test
	void shouldSayWhatItIs() {
		assertThat(Sla.ofHours(8)).hasToString("8h");
		assertThat(Sla.oneBusinessDay()).hasToString("1 business day");
	}

}
