package io.meshline.writers.export;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import io.meshline.core.model.ErpInvoice;
import io.meshline.writers.csv.CsvFileWriter;

/**
 * Writes a QuickBooks Online invoice import file: one row per invoice line, the invoice number
 * repeated on each line, US dates ({@code MM/dd/yyyy}), quantity 1 at a rate equal to the line
 * amount, and {@code CRM:<dealId>} as the memo so the deal can be traced back. QuickBooks
 * invoices carry no status, so a void invoice is refused. The item and terms are options. Not
 * thread-safe.
 */
public final class QuickBooksInvoiceWriter extends CsvFileWriter implements ErpExportWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "InvoiceNo", "Customer", "InvoiceDate", "DueDate", "Terms", "Memo",
			"Item(Product/Service)", "ItemDescription", "ItemQuantity", "ItemRate", "ItemAmount", "Currency" };

	/** The prefix that marks the CRM deal id in the memo. */
	public static final String MEMO_PREFIX = "CRM:";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private String item = "Services";

	private String terms = "Net 30";

	private int dueDays = 30;

	public QuickBooksInvoiceWriter(Path file) {
		super(file, false, HEADER);
	}

	private QuickBooksInvoiceWriter(Path file, boolean append) {
		super(file, append, false, HEADER);
	}

	/** A writer that adds rows to the end of {@code file}, creating it with its header if it is new or empty. */
	public static QuickBooksInvoiceWriter appendingTo(Path file) {
		return new QuickBooksInvoiceWriter(file, true);
	}

	/** The product or service written on every line; {@code Services} by default. */
	public void setItem(String item) {
		this.item = item;
	}

	/** The payment terms and the days to the due date; {@code Net 30} and 30 by default. */
	public void setTerms(String terms, int dueDays) {
		this.terms = terms;
		this.dueDays = dueDays;
	}

	/** Writes one invoice line; {@code description} becomes the item description. */
	@Override
	public void write(ErpInvoice line, String description) {
		if (!line.live()) {
			throw new IllegalArgumentException("Invoice " + line.invoiceId()
					+ " is void; a QuickBooks invoice import has no status column, so only live invoices can be written.");
		}
		String lineAmount = amount(line.amount(), line.currency());
		String memo = (line.dealRef() != null && !line.dealRef().isEmpty()) ? MEMO_PREFIX + line.dealRef() : null;
		printRow(line.invoiceId(), line.customerName(), DATE.format(line.invoiceDate()),
				DATE.format(line.invoiceDate().plusDays(this.dueDays)), this.terms, memo, this.item, description, "1",
				lineAmount, lineAmount, line.currency());
	}

}
