package io.meshline.jobs.backfill;

import java.nio.file.Path;
import java.util.regex.Pattern;

import io.meshline.writers.export.ErpExportWriter;
import io.meshline.writers.export.QuickBooksInvoiceWriter;

/**
 * A QuickBooks Online invoice import file, one line per invoice, with {@code CRM:<deal id>} in the
 * memo, in the columns the built-in {@code quickbooks} contract reads. QuickBooks knows customers by
 * name: the ERP customer the crosswalk maps the account to, else the CRM account name.
 */
final class QuickBooksCsvTarget extends FileTarget {

	static final String KIND = "quickbooks-csv";

	/** What the {@code quickbooks} contract extracts from the memo. */
	private static final Pattern MEMO_KEY = Pattern.compile("[A-Za-z0-9]+");

	QuickBooksCsvTarget(Path published, Path outDir) {
		super(published, outDir);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	String contract() {
		return "quickbooks";
	}

	@Override
	ErpExportWriter appendingWriter(Path file) {
		return QuickBooksInvoiceWriter.appendingTo(file);
	}

	@Override
	void write(ErpExportWriter writer, PlannedInvoice invoice) {
		writer.write(invoice.toErpInvoice(null, customer(invoice)), invoice.description());
	}

	@Override
	public String unsupported(PlannedInvoice invoice) {
		if (!MEMO_KEY.matcher(invoice.dealId()).matches()) {
			return "the deal id has characters other than letters and digits, which the memo CRM:<id> cannot "
					+ "carry back to the deal";
		}
		return formulaCell(invoice, customer(invoice));
	}

	@Override
	public String recordFor(PlannedInvoice invoice) {
		return "QuickBooks invoice " + invoice.invoiceId() + ", memo " + QuickBooksInvoiceWriter.MEMO_PREFIX
				+ invoice.dealId() + ", customer " + customer(invoice) + ", dated " + invoice.closeDate();
	}

	private static String customer(PlannedInvoice invoice) {
		return (invoice.erpCustomer() != null) ? invoice.erpCustomer() : invoice.accountName();
	}

}
