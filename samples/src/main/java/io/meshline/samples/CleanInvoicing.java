package io.meshline.samples;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import io.meshline.core.model.CrmDeal;
import io.meshline.samples.DealMaker.SampleDeal;

/**
 * Invoices a deal correctly: on time, in its currency, to the right customer. One deal in ten is
 * invoiced in 2 or 3 installments that add up exactly, and one in twenty 0.01 off; neither may
 * give a finding, which is what these deals are here to prove. Not thread-safe.
 */
final class CleanInvoicing {

	private final InvoiceFactory invoices;

	private final Random random;

	private long installmentDeals;

	private long toleranceDeals;

	CleanInvoicing(InvoiceFactory invoices, Random random) {
		this.invoices = invoices;
		this.random = random;
	}

	/** Invoices {@code sample}, sometimes in installments or within tolerance. */
	void invoice(SampleDeal sample) {
		CrmDeal deal = sample.deal();
		int draw = this.random.nextInt(100);
		if (draw < 10) {
			if (installments(sample)) {
				this.installmentDeals++;
			}
		}
		else if (draw < 15 && deal.amount().scale() > 0) {
			BigDecimal cent = SampleMoney.minorUnit(deal.amount());
			BigDecimal amount = this.random.nextBoolean() ? deal.amount().add(cent) : deal.amount().subtract(cent);
			once(sample, amount);
			this.toleranceDeals++;
		}
		else {
			once(sample, deal.amount());
		}
	}

	/** One correct invoice for {@code amount}. */
	void once(SampleDeal sample, BigDecimal amount) {
		CrmDeal deal = sample.deal();
		this.invoices.issue(sample.account(), this.invoices.onTime(deal.closeDate()), deal.currency(), amount, true,
				deal.dealId(), deal.dealName());
	}

	private boolean installments(SampleDeal sample) {
		CrmDeal deal = sample.deal();
		List<BigDecimal> parts = SampleMoney.split(this.random, deal.amount(), 2 + this.random.nextInt(2));
		// Equal parts on the same day would look like a duplicate; such a split is not used.
		if (new HashSet<>(parts).size() < parts.size()) {
			once(sample, deal.amount());
			return false;
		}
		for (BigDecimal part : parts) {
			this.invoices.issue(sample.account(), this.invoices.onTime(deal.closeDate()), deal.currency(), part, true,
					deal.dealId(), deal.dealName());
		}
		return true;
	}

	long installmentDeals() {
		return this.installmentDeals;
	}

	long toleranceDeals() {
		return this.toleranceDeals;
	}

}
