package io.meshline.writers.export;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import io.meshline.core.model.ErpInvoice;
import io.meshline.writers.csv.CsvFileWriter;

/**
 * Writes invoices the way a NetSuite invoice saved search exports them to CSV: column labels as
 * headers, {@code Date} as {@code M/d/yyyy}, the CRM deal id in {@code External ID} (empty when
 * the invoice names none). {@code Status} is the invoice's exported status, or {@code Open} /
 * {@code Voided} from its liveness when it has none. The description becomes the memo. Not
 * thread-safe.
 */
public final class NetSuiteInvoiceWriter extends CsvFileWriter implements ErpExportWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "Internal ID", "Document Number", "Date", "Customer Internal ID",
			"Customer", "External ID", "Currency", "Amount", "Status", "Memo" };

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

	public NetSuiteInvoiceWriter(Path file) {
		super(file, false, HEADER);
	}

	private NetSuiteInvoiceWriter(Path file, boolean append) {
		super(file, append, false, HEADER);
	}

	/** A writer that adds rows to the end of {@code file}, creating it with its header if it is new or empty. */
	public static NetSuiteInvoiceWriter appendingTo(Path file) {
		return new NetSuiteInvoiceWriter(file, true);
	}

	@Override
	public void write(ErpInvoice invoice, String description) {
		String status = (invoice.status() != null) ? invoice.status() : (invoice.live() ? "Open" : "Voided");
		printRow(invoice.invoiceId(), invoice.documentNumber(), DATE.format(invoice.invoiceDate()),
				invoice.customerId(), invoice.customerName(), invoice.dealRef(), invoice.currency(),
				amount(invoice.amount(), invoice.currency()), status, description);
	}

}
