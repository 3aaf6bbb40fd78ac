package io.meshline.samples;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleAccountsTests {

	@Test
	void shouldGiveEveryAccountOfTheLargestPoolItsOwnName() {
		// given
		SampleAccounts accounts = new SampleAccounts(new SampleIds(CrmFormat.HUBSPOT, ErpFormat.QUICKBOOKS), 1_000_000);

		// when
		var names = IntStream.range(0, accounts.size()).mapToObj((i) -> accounts.account(i).name()).toList();

		// then
		assertThat(accounts.size()).isEqualTo(SampleAccounts.MAX_POOL);
		assertThat(names).doesNotHaveDuplicates();
	}

}
