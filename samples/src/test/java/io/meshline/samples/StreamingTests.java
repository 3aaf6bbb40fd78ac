package io.meshline.samples;

import java.time.Instant;
import java.time.LocalDate;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.reconcile.FindingType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaming is checked by design rather than by timing: the sink keeps only the last deal and
 * fails unless each deal's invoices and finding follow it at once, which is only possible when
 * nothing about earlier deals is held back for later.
 */
class StreamingTests {

	@Test
	void shouldEmitEachDealWithItsInvoicesBeforeTheNextDeal() {
		// given
		GeneratorOptions options = GeneratorOptions.defaults().withAsOf(LocalDate.of(2026, 10, 31))
			.withDeals(10_000)
			.withFaultRate(0.3);
		InterleavingSink sink = new InterleavingSink(options);

		// when
		new GenerationRun(options, sink).run();

		// then
		assertThat(sink.deals).isEqualTo(10_000);
		assertThat(sink.invoices).isGreaterThan(5_000);
	}

	private static final class InterleavingSink implements SampleSink {

		private final SampleIds ids;

		private final long dealCount;

		private String lastDeal;

		long deals;

		long invoices;

		InterleavingSink(GeneratorOptions options) {
			this.ids = new SampleIds(options.crmFormat(), options.erpFormat());
			this.dealCount = options.deals();
		}

		@Override
		public void crosswalk(String crmAccount, String erpCustomer) {
			assertThat(this.lastDeal).as("crosswalk rows come first").isNull();
		}

		@Override
		public void deal(CrmDeal deal, Instant createdAt) {
			assertThat(deal.dealId()).isEqualTo(this.ids.dealId(this.deals));
			this.lastDeal = deal.dealId();
			this.deals++;
		}

		@Override
		public void invoice(ErpInvoice invoice, String description) {
			this.invoices++;
			if (invoice.dealRef() != null) {
				assertThat(followsDeal(invoice.dealRef())).as("invoice %s follows its deal", invoice.invoiceId())
					.isTrue();
			}
		}

		@Override
		public void planted(PlantedFinding finding) {
			boolean orphan = finding.fault().findingType() == FindingType.ORPHAN_IN_ERP;
			assertThat(followsDeal(finding.crmId()) || (orphan && finding.crmId().isEmpty()))
				.as("finding on %s follows its deal", finding.crmId()).isTrue();
		}

		// Salesforce ids of a fixed length sort like their counters, and unknown references are
		// ids past the last deal, so "after the last id" means "names no deal in the file".
		private boolean followsDeal(String dealId) {
			return dealId.equals(this.lastDeal) || dealId.compareTo(this.ids.dealId(this.dealCount - 1)) > 0;
		}

	}

}
