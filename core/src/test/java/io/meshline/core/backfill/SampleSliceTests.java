package io.meshline.core.backfill;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleSliceTests {

	private final List<String> keys = IntStream.range(0, 5_000).mapToObj((i) -> "006Ec" + i + "IAA").toList();

	@Test
	void shouldNestSmallerSlicesInsideLargerOnes() {
		// given
		SampleSlice ten = SampleSlice.parse("10%");
		SampleSlice fifty = SampleSlice.parse("50");

		// when
		List<String> inTen = this.keys.stream().filter(ten::includes).toList();
		List<String> inFifty = this.keys.stream().filter(fifty::includes).toList();

		// then
		assertThat(inFifty).containsAll(inTen);
		assertThat(this.keys.stream().filter(SampleSlice.all()::includes)).hasSize(this.keys.size());
		assertThat(inTen.size()).isBetween(400, 600);
		assertThat(inFifty.size()).isBetween(2_300, 2_700);
	}

	@Test
	void shouldPutAKeyInTheSameBucketEveryTime() {
		assertThat(SampleSlice.bucket("006Ec0000ikhowaIAA")).isEqualTo(SampleSlice.bucket("006Ec0000ikhowaIAA"));
		assertThat(SampleSlice.parse("12.5%").percentText()).isEqualTo("12.5");
	}

	@Test
	void shouldRefuseSharesOutsideTheRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSlice.parse("0%"))
			.withMessage("A sample must be above 0% and at most 100%, got 0%.");
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSlice.percent(new BigDecimal("1.234")))
			.withMessage("A sample is given to at most two decimals of a percent, got 1.234%.");
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSlice.parse("ten"))
			.withMessage("A sample is a percentage such as 10% or 12.5%, got \"ten\".");
	}

}
