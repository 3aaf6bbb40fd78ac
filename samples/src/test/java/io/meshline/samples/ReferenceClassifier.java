package io.meshline.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.reconcile.FindingType;

/**
 * The classifier rules of the spec, written as plainly as possible, to check that what the
 * generator plants is exactly what a correct reconciliation finds. Test-only.
 */
final class ReferenceClassifier {

	private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	record Expected(FindingType type, String crmId, String currency, BigDecimal atRisk, BigDecimal overBilled) {

	}

	static List<Expected> classify(RecordingSink data) {
		Map<String, CrmDeal> deals = data.deals.stream().collect(Collectors.toMap(CrmDeal::dealId, (d) -> d));
		Map<String, List<ErpInvoice>> byDeal = new HashMap<>();
		List<Expected> out = new ArrayList<>();
		for (ErpInvoice invoice : data.invoices) {
			String ref = invoice.dealRef();
			if (ref != null && deals.containsKey(ref)) {
				byDeal.computeIfAbsent(ref, (k) -> new ArrayList<>()).add(invoice);
			}
			else if (invoice.live()) {
				out.add(new Expected(FindingType.ORPHAN_IN_ERP, (ref != null) ? ref : "", invoice.currency(), null,
						null));
			}
		}
		for (CrmDeal deal : data.deals) {
			classify(deal, byDeal.getOrDefault(deal.dealId(), List.of()), data.crosswalk, out);
		}
		return out;
	}

	private static void classify(CrmDeal deal, List<ErpInvoice> invoices, Map<String, String> crosswalk,
			List<Expected> out) {
		String id = deal.dealId();
		String cur = deal.currency();
		if (invoices.isEmpty()) {
			if (deal.won()) {
				out.add(new Expected(FindingType.MISSING_IN_ERP, id, cur, deal.amount(), null));
			}
			return;
		}
		List<ErpInvoice> live = new ArrayList<>();
		Map<String, ErpInvoice> seen = new HashMap<>();
		for (ErpInvoice invoice : invoices.stream().filter(ErpInvoice::live).toList()) {
			String key = invoice.amount() + "|" + invoice.currency() + "|" + invoice.invoiceDate() + "|"
					+ invoice.customerKey();
			if (seen.putIfAbsent(key, invoice) != null) {
				out.add(new Expected(FindingType.DUPLICATE_IN_ERP, id, cur, null, invoice.amount()));
			}
			else {
				live.add(invoice);
			}
		}
		if ((deal.won() && live.isEmpty()) || (!deal.won() && !live.isEmpty())) {
			out.add(new Expected(FindingType.STATUS_CONFLICT, id, cur, deal.won() ? deal.amount() : null, null));
		}
		List<ErpInvoice> inCurrency = live.stream().filter((i) -> i.currency().equals(cur)).toList();
		if (live.size() > inCurrency.size()) {
			out.add(new Expected(FindingType.CURRENCY_MISMATCH, id, cur,
					inCurrency.isEmpty() ? deal.amount() : null, null));
		}
		if (!inCurrency.isEmpty()) {
			BigDecimal delta = inCurrency.stream().map(ErpInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
				.subtract(deal.amount());
			if (delta.abs().compareTo(TOLERANCE) > 0) {
				out.add(new Expected(FindingType.AMOUNT_MISMATCH, id, cur, (delta.signum() < 0) ? delta.negate() : null,
						(delta.signum() > 0) ? delta : null));
			}
		}
		String customer = crosswalk.get(deal.accountKey());
		if (invoices.stream().anyMatch((i) -> !i.isBilledTo(customer))) {
			out.add(new Expected(FindingType.CUSTOMER_MISMATCH, id, cur, null, null));
		}
		live.stream().min(Comparator.comparing(ErpInvoice::invoiceDate)).ifPresent((first) -> {
			if (first.invoiceDate().isBefore(deal.closeDate())
					|| first.invoiceDate().isAfter(deal.closeDate().plusDays(31))) {
				out.add(new Expected(FindingType.DATE_DRIFT, id, cur, null, null));
			}
		});
	}

}
