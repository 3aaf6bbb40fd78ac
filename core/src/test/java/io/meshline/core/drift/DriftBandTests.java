package io.meshline.core.drift;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DriftBandTests {

	@Test
	void shouldWidenTheRangeOfTheTrailingRunsOutwards() {
		// when
		DriftBand band = DriftBand.of(List.of(new BigDecimal("101"), new BigDecimal("99"), new BigDecimal("100")),
				BigDecimal.valueOf(20), 0).orElseThrow();
		// then: 99 × 0.8 = 79.2 down to 79; 101 × 1.2 = 121.2 up to 122
		assertThat(band.low()).isEqualByComparingTo("79");
		assertThat(band.high()).isEqualByComparingTo("122");
		assertThat(band.contains(new BigDecimal("79"))).isTrue();
		assertThat(band.contains(new BigDecimal("50"))).isFalse();
		assertThat(band.describe(new RunMetric("deals", null, new BigDecimal("50")), BigDecimal.valueOf(20)))
			.isEqualTo("deals is 50, outside the band 79 to 122 of the last 3 runs (their range widened by 20%).");
	}

	@Test
	void shouldSayNothingWithFewerThanThreeRuns() {
		// when / then
		assertThat(DriftBand.of(List.of(BigDecimal.ONE, BigDecimal.ONE), BigDecimal.TEN, 0)).isEmpty();
	}

	@Test
	void shouldFlagAnyValueWhenTheMetricStayedAtZero() {
		// when
		DriftBand band = DriftBand.of(List.of(new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00")),
				BigDecimal.valueOf(20), 2).orElseThrow();
		// then
		assertThat(band.contains(new BigDecimal("0.00"))).isTrue();
		assertThat(band.contains(new BigDecimal("0.01"))).isFalse();
	}

}
