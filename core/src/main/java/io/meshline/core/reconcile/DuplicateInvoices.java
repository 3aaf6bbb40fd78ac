package io.meshline.core.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meshline.core.model.ErpInvoice;

/**
 * Live invoices of one deal split into those that count and sets of copies: invoices with the same
 * amount, currency, date and customer. The first of each set (in the given order) counts; the
 * others are the extra copies, left out of every later comparison. Immutable.
 *
 * @param kept the invoices that count, in the given order
 * @param copySets each set of two or more identical invoices, the counted one first
 */
record DuplicateInvoices(List<ErpInvoice> kept, List<List<ErpInvoice>> copySets) {

	private record Likeness(BigDecimal amount, String currency, LocalDate date, String customer) {

		static Likeness of(ErpInvoice invoice) {
			return new Likeness(invoice.amount(), invoice.currency(), invoice.invoiceDate(), invoice.customerKey());
		}

	}

	static DuplicateInvoices split(List<ErpInvoice> live) {
		if (live.size() == 1) {
			return new DuplicateInvoices(List.copyOf(live), List.of());
		}
		Map<Likeness, List<ErpInvoice>> byLikeness = new LinkedHashMap<>();
		for (ErpInvoice invoice : live) {
			byLikeness.computeIfAbsent(Likeness.of(invoice), (key) -> new ArrayList<>()).add(invoice);
		}
		List<ErpInvoice> kept = new ArrayList<>();
		List<List<ErpInvoice>> copySets = new ArrayList<>();
		for (List<ErpInvoice> alike : byLikeness.values()) {
			kept.add(alike.get(0));
			if (alike.size() > 1) {
				copySets.add(List.copyOf(alike));
			}
		}
		kept.sort(InvoiceOrder.CHRONOLOGICAL);
		return new DuplicateInvoices(List.copyOf(kept), List.copyOf(copySets));
	}

	/** The extra copies of one set: every invoice but the counted first. */
	static List<ErpInvoice> extras(List<ErpInvoice> copySet) {
		return copySet.subList(1, copySet.size());
	}

}
