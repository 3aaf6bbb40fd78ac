package io.meshline.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meshline.core.model.ErpInvoice;
import io.meshline.core.money.CurrencyScale;

/** Turns the invoice lines a ledger exported into the invoices they make up. */
public final class InvoiceLines {

	private InvoiceLines() {
	}

	/**
	 * Lines that share an invoice id are one invoice: the first line (in the file) gives its columns,
	 * the amounts add up. Lines in another currency than the first are kept apart as their own part
	 * of the invoice, since adding amounts of two currencies would hide a currency mismatch. Parts
	 * come out in the order of their first lines.
	 */
	public static List<ErpInvoice> assemble(List<ErpInvoice> lines) {
		if (lines.size() == 1) {
			return List.of(atScale(lines.get(0)));
		}
		List<ErpInvoice> sorted = new ArrayList<>(lines);
		sorted.sort(Comparator.comparingLong(ErpInvoice::line));
		Map<String, ErpInvoice> byId = new LinkedHashMap<>();
		for (ErpInvoice line : sorted) {
			byId.merge(line.invoiceId() + '\u0000' + line.currency(), line,
					(first, next) -> new ErpInvoice(first.invoiceId(), first.documentNumber(), first.invoiceDate(),
							first.customerId(), first.customerName(), first.dealRef(), first.currency(),
							first.amount().add(next.amount()), first.live(), first.status(), first.line()));
		}
		List<ErpInvoice> invoices = new ArrayList<>(byId.size());
		for (ErpInvoice invoice : byId.values()) {
			invoices.add(atScale(invoice));
		}
		return invoices;
	}

	private static ErpInvoice atScale(ErpInvoice invoice) {
		if (invoice.amount().scale() == CurrencyScale.scaleOf(invoice.currency())) {
			return invoice;
		}
		return new ErpInvoice(invoice.invoiceId(), invoice.documentNumber(), invoice.invoiceDate(),
				invoice.customerId(), invoice.customerName(), invoice.dealRef(), invoice.currency(),
				CurrencyScale.atScale(invoice.amount(), invoice.currency()), invoice.live(), invoice.status(),
				invoice.line());
	}

}
