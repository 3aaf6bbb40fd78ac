package io.meshline.jobs.backfill;

import java.nio.file.Path;

import io.meshline.writers.export.ErpExportWriter;
import io.meshline.writers.export.NetSuiteInvoiceWriter;

/**
 * A NetSuite CSV import file ("Add or Update", keyed on External ID = the CRM deal id), in the
 * columns the built-in {@code netsuite} contract reads. The customer is the ERP customer the
 * crosswalk maps the account to, else the CRM account id.
 */
final class NetSuiteCsvTarget extends FileTarget {

	static final String KIND = "netsuite-csv";

	NetSuiteCsvTarget(Path published, Path outDir) {
		super(published, outDir);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	String contract() {
		return "netsuite";
	}

	@Override
	ErpExportWriter appendingWriter(Path file) {
		return NetSuiteInvoiceWriter.appendingTo(file);
	}

	@Override
	void write(ErpExportWriter writer, PlannedInvoice invoice) {
		writer.write(invoice.toErpInvoice(customerId(invoice), invoice.accountName()), invoice.description());
	}

	@Override
	public String unsupported(PlannedInvoice invoice) {
		return formulaCell(invoice, customerId(invoice));
	}

	@Override
	public String recordFor(PlannedInvoice invoice) {
		return "NetSuite invoice " + invoice.invoiceId() + ", External ID " + invoice.dealId() + ", customer "
				+ customerId(invoice) + ", dated " + invoice.closeDate();
	}

	private static String customerId(PlannedInvoice invoice) {
		return (invoice.erpCustomer() != null) ? invoice.erpCustomer() : invoice.accountId();
	}

}
