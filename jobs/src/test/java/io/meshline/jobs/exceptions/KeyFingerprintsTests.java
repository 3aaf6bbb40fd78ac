package io.meshline.jobs.exceptions;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFingerprintsTests {

	@Test
	void shouldKnowEveryKeyAddedWhileItGrows() {
		// given: far more keys than the first table holds
		KeyFingerprints keys = new KeyFingerprints();
		IntStream.range(0, 200_000).forEach((i) -> keys.add("MISSING_IN_ERP:D-" + i));
		keys.add("");
		keys.add("MISSING_IN_ERP:D-7");

		// then
		assertThat(IntStream.range(0, 200_000).allMatch((i) -> keys.mightContain("MISSING_IN_ERP:D-" + i))).isTrue();
		assertThat(keys.mightContain("")).isTrue();
	}

	@Test
	void shouldNotKnowKeysNeverAdded() {
		// given
		KeyFingerprints keys = new KeyFingerprints();
		IntStream.range(0, 200_000).forEach((i) -> keys.add("ORPHAN_IN_ERP:INV-" + i));

		// then: with 64-bit fingerprints a collision among these is all but impossible
		assertThat(IntStream.range(0, 200_000).filter((i) -> keys.mightContain("ORPHAN_IN_ERP:INV-" + i + "|INV-0"))
			.count()).isZero();
		assertThat(keys.mightContain("DATE_DRIFT:D-1")).isFalse();
		assertThat(new KeyFingerprints().mightContain("")).isFalse();
	}

}
