package io.meshline.writers.output;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import io.meshline.core.reconcile.Finding;
import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * Writes {@code discrepancies.csv}: one row per finding with the queue it is routed to. Invoice
 * ids are joined with {@code |}, dates are ISO, amounts plain strings, {@code null} is empty, and
 * every cell is neutralised with {@link SpreadsheetSafeCell} because finance opens this file in
 * a spreadsheet. Rows are streamed as they come. Not thread-safe; close it to flush.
 */
public final class DiscrepancyCsvWriter extends CsvFileWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "finding", "crm_id", "erp_ids", "crm_account", "erp_customer",
			"currency", "crm_amount", "erp_amount", "delta", "close_date", "first_invoice_date", "owner", "queue",
			"detail" };

	public DiscrepancyCsvWriter(Path file) {
		super(file, false, HEADER);
	}

	/**
	 * Writes one finding.
	 * @param finding the finding; never {@code null}
	 * @param queue the queue the finding is routed to, or {@code null}
	 */
	public void write(Finding finding, String queue) {
		printRow(safe(finding.type().name()), safe(finding.crmId()), safe(String.join("|", finding.erpIds())),
				safe(finding.crmAccount()), safe(finding.erpCustomer()), safe(finding.currency()),
				plain(finding.crmAmount()), plain(finding.erpAmount()), plain(finding.delta()),
				iso(finding.closeDate()), iso(finding.firstInvoiceDate()), safe(finding.owner()), safe(queue),
				safe(finding.detail()));
	}

	private static String safe(String value) {
		return SpreadsheetSafeCell.of(value);
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : null;
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
