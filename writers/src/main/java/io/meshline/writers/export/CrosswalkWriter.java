package io.meshline.writers.export;

import java.nio.file.Path;

import io.meshline.writers.csv.CsvFileWriter;

/**
 * Writes a crosswalk that maps a CRM account (its id, or its name for CRMs that export only a
 * name) to the ERP customer (its id, or its name for ledgers keyed by name). Not thread-safe.
 */
public final class CrosswalkWriter extends CsvFileWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "crm_account_id", "erp_customer_id" };

	public CrosswalkWriter(Path file) {
		super(file, false, HEADER);
	}

	/** Writes one mapping; neither side may be {@code null}. */
	public void write(String crmAccount, String erpCustomer) {
		if (crmAccount == null || erpCustomer == null) {
			throw new IllegalArgumentException(
					"A crosswalk row needs both sides, got " + crmAccount + " -> " + erpCustomer + ".");
		}
		printRow(crmAccount, erpCustomer);
	}

}
