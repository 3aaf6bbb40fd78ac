package io.meshline.core.reconcile;

import java.util.Comparator;

import io.meshline.core.model.ErpInvoice;

/** Orders that make every output independent of the order rows arrived in. */
final class InvoiceOrder {

	/** By date, then by line in the file, then by id: the earliest invoice first. */
	static final Comparator<ErpInvoice> CHRONOLOGICAL = Comparator.comparing(ErpInvoice::invoiceDate)
		.thenComparingLong(ErpInvoice::line)
		.thenComparing(ErpInvoice::invoiceId);

	private InvoiceOrder() {
	}

}
