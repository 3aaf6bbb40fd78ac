package io.meshline.writers.export;

import java.io.Closeable;

import io.meshline.core.model.ErpInvoice;

/**
 * Streams canonical invoices into a file shaped like one ERP's export or import file. Each call
 * writes one row; a ledger exported line by line gets one call per line, the lines sharing the
 * invoice id. Implementations are not thread-safe; close them to flush.
 */
public interface ErpExportWriter extends Closeable {

	/**
	 * Writes one invoice (or invoice line) as one row.
	 * @param invoice the invoice or line; never {@code null}
	 * @param description free text for the row (a memo or a line description), or {@code null}
	 * @throws IllegalArgumentException when the format cannot represent the invoice
	 */
	void write(ErpInvoice invoice, String description);

	/** Writes one invoice with no description. */
	default void write(ErpInvoice invoice) {
		write(invoice, null);
	}

	/** The number of data rows written so far. */
	long rowsWritten();

}
