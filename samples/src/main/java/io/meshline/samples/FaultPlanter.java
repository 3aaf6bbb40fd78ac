package io.meshline.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.samples.DealMaker.SampleDeal;
import io.meshline.samples.SampleAccounts.SampleAccount;

/**
 * Invoices a deal with exactly one fault and records the finding it must give. Everything but
 * the fault is correct (amount, currency, customer, date), so no second finding can arise.
 * Not thread-safe.
 */
final class FaultPlanter {

	private static final int LATE_DAYS = 45;

	private final GeneratorOptions options;

	private final SampleIds ids;

	private final SampleAccounts accounts;

	private final InvoiceFactory invoices;

	private final CleanInvoicing clean;

	private final Random random;

	private final SampleSink sink;

	private long orphans;

	FaultPlanter(GeneratorOptions options, SampleIds ids, SampleAccounts accounts, InvoiceFactory invoices,
			CleanInvoicing clean, Random random, SampleSink sink) {
		this.options = options;
		this.ids = ids;
		this.accounts = accounts;
		this.invoices = invoices;
		this.clean = clean;
		this.random = random;
		this.sink = sink;
	}

	void plant(SampleDeal sample, PlantedFault fault) {
		CrmDeal deal = sample.deal();
		BigDecimal amount = deal.amount();
		LocalDate close = deal.closeDate();
		switch (fault) {
			case MISSING -> record(fault, deal, List.of(), amount, null);
			case UNDER_BILLED -> {
				BigDecimal gap = SampleMoney.gap(this.random, amount);
				record(fault, deal, List.of(issue(sample, onTime(close), amount.subtract(gap), true)), gap, null);
			}
			case OVER_BILLED -> {
				BigDecimal gap = SampleMoney.gap(this.random, amount);
				record(fault, deal, List.of(issue(sample, onTime(close), amount.add(gap), true)), null, gap);
			}
			case DUPLICATE -> {
				LocalDate date = onTime(close);
				ErpInvoice original = issue(sample, date, amount, true);
				record(fault, deal, List.of(original, issue(sample, date, amount, true)), null, amount);
			}
			case OTHER_CURRENCY -> record(fault, deal, List.of(otherCurrency(sample)), amount, null);
			case VOID_ONLY -> record(fault, deal, List.of(issue(sample, onTime(close), amount, false)), amount, null);
			case LOST_INVOICED, INVOICED_LATE, INVOICED_EARLY, WRONG_CUSTOMER ->
				record(fault, deal, List.of(misissue(sample, fault)), null, null);
			case ORPHAN_NO_REF, ORPHAN_UNKNOWN_REF -> {
				this.clean.once(sample, amount);
				orphan(fault == PlantedFault.ORPHAN_NO_REF);
			}
		}
	}

	private ErpInvoice misissue(SampleDeal sample, PlantedFault fault) {
		CrmDeal deal = sample.deal();
		LocalDate close = deal.closeDate();
		return switch (fault) {
			case INVOICED_EARLY -> issue(sample, close.minusDays(1 + this.random.nextInt(10)), deal.amount(), true);
			case INVOICED_LATE -> {
				long room = ChronoUnit.DAYS.between(close, this.options.asOf()) - LATE_DAYS;
				yield issue(sample, close.plusDays(LATE_DAYS + this.random.nextInt((int) room + 1)), deal.amount(),
						true);
			}
			case WRONG_CUSTOMER -> {
				int other = (sample.account().index() + 1 + this.random.nextInt(this.accounts.size() - 1))
						% this.accounts.size();
				yield this.invoices.issue(this.accounts.account(other), onTime(close), deal.currency(), deal.amount(),
						true, deal.dealId(), deal.dealName());
			}
			default -> issue(sample, onTime(close), deal.amount(), true);
		};
	}

	private ErpInvoice otherCurrency(SampleDeal sample) {
		CrmDeal deal = sample.deal();
		List<String> currencies = this.options.currencies();
		String other = currencies.get((currencies.indexOf(deal.currency()) + 1) % currencies.size());
		return this.invoices.issue(sample.account(), onTime(deal.closeDate()), other,
				SampleMoney.convert(deal.amount(), deal.currency(), other), true, deal.dealId(), deal.dealName());
	}

	private void orphan(boolean noReference) {
		// An index past the last deal gives a well-formed id the CRM file does not have.
		String ref = noReference ? null : this.ids.dealId(this.options.deals() + this.orphans);
		this.orphans++;
		List<String> currencies = this.options.currencies();
		String currency = currencies.get(this.random.nextInt(currencies.size()));
		SampleAccount billTo = this.accounts.account(this.random.nextInt(this.accounts.size()));
		LocalDate date = this.options.asOf().minusDays(this.random.nextInt(DealMaker.CLOSE_WINDOW_DAYS));
		ErpInvoice invoice = this.invoices.issue(billTo, date, currency, SampleMoney.dealAmount(this.random, currency),
				true, ref, "Consulting services");
		this.sink.planted(new PlantedFinding(noReference ? PlantedFault.ORPHAN_NO_REF : PlantedFault.ORPHAN_UNKNOWN_REF,
				(ref != null) ? ref : "", List.of(invoice.invoiceId()), currency, null, null));
	}

	private ErpInvoice issue(SampleDeal sample, LocalDate date, BigDecimal amount, boolean live) {
		CrmDeal deal = sample.deal();
		return this.invoices.issue(sample.account(), date, deal.currency(), amount, live, deal.dealId(),
				deal.dealName());
	}

	private LocalDate onTime(LocalDate close) {
		return this.invoices.onTime(close);
	}

	private void record(PlantedFault fault, CrmDeal deal, List<ErpInvoice> invoices, BigDecimal atRisk,
			BigDecimal overBilled) {
		List<String> erpIds = invoices.stream().map(ErpInvoice::invoiceId).toList();
		this.sink.planted(new PlantedFinding(fault, deal.dealId(), erpIds, deal.currency(), atRisk, overBilled));
	}

}
