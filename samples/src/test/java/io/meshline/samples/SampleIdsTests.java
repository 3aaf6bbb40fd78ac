package io.meshline.samples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleIdsTests {

	@Test
	void shouldComputeTheSalesforceCaseChecksum() {
		// given
		long counter = 0;
		for (char c : "00000AieKF".toCharArray()) {
			counter = counter * 62 + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".indexOf(c);
		}

		// when
		String id = SampleIds.salesforceId("006", counter);

		// then
		assertThat(id).isEqualTo("006Ec00000AieKFIAZ");
	}

	@Test
	void shouldMakeIdsLikeEachSystem() {
		// given
		SampleIds hubspotQuickBooks = new SampleIds(CrmFormat.HUBSPOT, ErpFormat.QUICKBOOKS);
		SampleIds generic = new SampleIds(CrmFormat.GENERIC, ErpFormat.GENERIC);
		SampleIds salesforceNetSuite = new SampleIds(CrmFormat.SALESFORCE, ErpFormat.NETSUITE);

		// when / then
		assertThat(hubspotQuickBooks.dealId(0)).matches("2\\d{10}");
		assertThat(Long.parseLong(hubspotQuickBooks.dealId(1))).isGreaterThan(Long.parseLong(hubspotQuickBooks.dealId(0)));
		assertThat(hubspotQuickBooks.invoiceId(0)).isEqualTo("1001");
		assertThat(hubspotQuickBooks.customerId(0)).isNull();
		assertThat(hubspotQuickBooks.accountId(0)).isNull();
		assertThat(generic.dealId(0)).isEqualTo("D-000001");
		assertThat(generic.invoiceId(0)).isEqualTo("INV-000001");
		assertThat(salesforceNetSuite.invoiceId(5)).matches("\\d{5}");
		assertThat(salesforceNetSuite.customerId(3)).isEqualTo("1203");
	}

}
