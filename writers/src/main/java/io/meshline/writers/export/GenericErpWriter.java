package io.meshline.writers.export;

import java.nio.file.Path;

import io.meshline.core.model.ErpInvoice;
import io.meshline.writers.csv.CsvFileWriter;

/**
 * Writes Meshline's generic ERP contract: snake_case headers, ISO dates, {@code status} as
 * {@code live} or {@code void}. Not thread-safe.
 */
public final class GenericErpWriter extends CsvFileWriter implements ErpExportWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "invoice_id", "document_number", "invoice_date", "customer_id",
			"customer_name", "deal_ref", "currency", "amount", "status" };

	public GenericErpWriter(Path file) {
		super(file, false, HEADER);
	}

	/** Writes one invoice; the generic contract has no free-text column, so {@code description} is unused. */
	@Override
	public void write(ErpInvoice invoice, String description) {
		printRow(invoice.invoiceId(), invoice.documentNumber(), invoice.invoiceDate().toString(),
				invoice.customerId(), invoice.customerName(), invoice.dealRef(), invoice.currency(),
				amount(invoice.amount(), invoice.currency()), invoice.live() ? "live" : "void");
	}

}
