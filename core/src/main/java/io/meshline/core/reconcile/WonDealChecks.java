package io.meshline.core.reconcile;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.money.CurrencyScale;

/**
 * The checks of a won deal against the invoices that reference it. Each check is a method; the
 * order of {@link #check} is the order findings are reported in. Thread-safe.
 */
final class WonDealChecks {

	private final ReconcileRules rules;

	WonDealChecks(ReconcileRules rules) {
		this.rules = rules;
	}

	List<Finding> check(CrmDeal deal, List<ErpInvoice> invoices) {
		if (invoices.isEmpty()) {
			return List.of(FindingBuilder.forDeal(FindingType.MISSING_IN_ERP, deal)
				.erpAmount(CurrencyScale.zero(deal.currency()))
				.delta(deal.amount().negate())
				.atRisk(deal.amount())
				.detail("Won deal " + deal.dealId() + " is not invoiced: no invoice references it."));
		}
		List<ErpInvoice> live = liveInOrder(invoices);
		if (live.isEmpty()) {
			return List.of(FindingBuilder.forDeal(FindingType.STATUS_CONFLICT, deal)
				.invoices(invoices)
				.erpAmount(CurrencyScale.zero(deal.currency()))
				.delta(deal.amount().negate())
				.atRisk(deal.amount())
				.detail("Won deal " + deal.dealId() + " has only void invoices: " + ids(invoices) + "."));
		}
		DuplicateInvoices split = DuplicateInvoices.split(live);
		List<Finding> findings = new ArrayList<>();
		split.copySets().forEach((copies) -> findings.add(duplicate(deal, copies)));
		List<ErpInvoice> inDealCurrency = new ArrayList<>(split.kept().size());
		List<ErpInvoice> inOtherCurrency = new ArrayList<>(0);
		for (ErpInvoice invoice : split.kept()) {
			(invoice.currency().equals(deal.currency()) ? inDealCurrency : inOtherCurrency).add(invoice);
		}
		if (!inOtherCurrency.isEmpty()) {
			findings.add(currencyMismatch(deal, inOtherCurrency, inDealCurrency.isEmpty()));
		}
		if (!inDealCurrency.isEmpty()) {
			amountMismatch(deal, inDealCurrency).ifPresent(findings::add);
		}
		if (this.rules.checksCustomers()) {
			customerMismatch(deal, split.kept()).ifPresent(findings::add);
		}
		dateDrift(deal, split.kept().get(0)).ifPresent(findings::add);
		return findings;
	}

	/**
	 * The live invoices, earliest first. Most deals have one invoice, so that case skips the stream:
	 * it ran for every won deal and was a tenth of the classification.
	 */
	static List<ErpInvoice> liveInOrder(List<ErpInvoice> invoices) {
		if (invoices.size() == 1) {
			return invoices.get(0).live() ? invoices : List.of();
		}
		return invoices.stream().filter(ErpInvoice::live).sorted(InvoiceOrder.CHRONOLOGICAL).toList();
	}

	private Finding duplicate(CrmDeal deal, List<ErpInvoice> copies) {
		List<ErpInvoice> extras = DuplicateInvoices.extras(copies);
		BigDecimal extraAmount = sum(extras);
		ErpInvoice counted = copies.get(0);
		return FindingBuilder.forDeal(FindingType.DUPLICATE_IN_ERP, deal)
			.invoices(copies)
			.currency(counted.currency())
			.erpAmount(extraAmount)
			.overBilled(extraAmount)
			.detail("Invoice " + counted.invoiceId() + " of " + counted.currency() + " " + counted.amount().toPlainString()
					+ " dated " + counted.invoiceDate() + " is billed again as " + ids(extras) + ".");
	}

	private Finding currencyMismatch(CrmDeal deal, List<ErpInvoice> others, boolean noneInDealCurrency) {
		StringBuilder detail = new StringBuilder("Deal is in ").append(deal.currency()).append(" but ");
		for (int i = 0; i < others.size(); i++) {
			ErpInvoice invoice = others.get(i);
			detail.append((i == 0) ? "" : ", ").append("invoice ").append(invoice.invoiceId()).append(" is ")
				.append(invoice.currency()).append(' ').append(invoice.amount().toPlainString());
		}
		detail.append(noneInDealCurrency ? "; nothing is invoiced in the deal's currency." : ".");
		// The deal is at risk only when nothing is billed in its currency; otherwise the amount check
		// below already counts what is missing, and counting the deal again would double it.
		return FindingBuilder.forDeal(FindingType.CURRENCY_MISMATCH, deal)
			.invoices(others)
			.atRisk(noneInDealCurrency ? deal.amount() : null)
			.detail(detail.toString());
	}

	private Optional<Finding> amountMismatch(CrmDeal deal, List<ErpInvoice> inDealCurrency) {
		BigDecimal invoiced = sum(inDealCurrency);
		BigDecimal delta = invoiced.subtract(deal.amount());
		if (delta.abs().compareTo(this.rules.amountTolerance()) <= 0) {
			return Optional.empty();
		}
		boolean under = delta.signum() < 0;
		return Optional.of(FindingBuilder.forDeal(FindingType.AMOUNT_MISMATCH, deal)
			.invoices(inDealCurrency)
			.erpAmount(invoiced)
			.delta(delta)
			.atRisk(under ? delta.negate() : null)
			.overBilled(under ? null : delta)
			.detail("Deal amount " + deal.amount().toPlainString() + " but " + invoiced.toPlainString() + " invoiced ("
					+ (under ? "under" : "over") + "-billed by " + delta.abs().toPlainString() + ")."));
	}

	private Optional<Finding> customerMismatch(CrmDeal deal, List<ErpInvoice> kept) {
		String expected = this.rules.crosswalk().get(deal.accountKey());
		if (expected == null) {
			// An account the crosswalk does not know is an identity problem of its own: without it the
			// customer check would pass silently whatever customer the invoices name.
			return Optional.of(FindingBuilder.forDeal(FindingType.UNMAPPED_ACCOUNT, deal)
				.invoices(kept)
				.detail("Account " + deal.accountKey() + " is not in the crosswalk, so the customer of " + ids(kept)
						+ " cannot be checked."));
		}
		List<ErpInvoice> wrong = kept.stream().filter((i) -> !i.isBilledTo(expected)).toList();
		if (wrong.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(FindingBuilder.forDeal(FindingType.CUSTOMER_MISMATCH, deal)
			.invoices(wrong)
			.detail("Account " + deal.accountKey() + " maps to ERP customer " + expected + " but " + ids(wrong)
					+ (wrong.size() == 1 ? " is" : " are") + " billed to " + wrong.get(0).customerKey() + "."));
	}

	private Optional<Finding> dateDrift(CrmDeal deal, ErpInvoice first) {
		boolean early = first.invoiceDate().isBefore(deal.closeDate());
		boolean late = first.invoiceDate().isAfter(deal.closeDate().plusDays(this.rules.dateToleranceDays()));
		if (!early && !late) {
			return Optional.empty();
		}
		long days = ChronoUnit.DAYS.between(deal.closeDate(), first.invoiceDate());
		return Optional.of(FindingBuilder.forDeal(FindingType.DATE_DRIFT, deal)
			.invoices(List.of(first))
			.detail("First invoice " + first.invoiceId() + " is dated " + first.invoiceDate() + ", "
					+ (early ? (-days) + " days before the close date." : days + " days after the close date (more than "
							+ this.rules.dateToleranceDays() + ").")));
	}

	private static BigDecimal sum(List<ErpInvoice> invoices) {
		BigDecimal sum = invoices.get(0).amount();
		for (int i = 1; i < invoices.size(); i++) {
			sum = sum.add(invoices.get(i).amount());
		}
		return sum;
	}

	static String ids(List<ErpInvoice> invoices) {
		return String.join(", ", invoices.stream().map(ErpInvoice::invoiceId).toList());
	}

}
