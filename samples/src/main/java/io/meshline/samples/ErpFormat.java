package io.meshline.samples;

import java.nio.file.Path;
import java.util.Arrays;

import io.meshline.writers.export.ErpExportWriter;
import io.meshline.writers.export.GenericErpWriter;
import io.meshline.writers.export.NetSuiteInvoiceWriter;
import io.meshline.writers.export.QuickBooksInvoiceWriter;

/** The ERP file shapes the generator can write. */
public enum ErpFormat {

	/** A NetSuite invoice saved search export. */
	NETSUITE("netsuite"),

	/** A QuickBooks Online invoice import file; one row per line, no void invoices. */
	QUICKBOOKS("quickbooks"),

	/** Meshline's generic ERP contract. */
	GENERIC("generic-erp");

	private final String contract;

	ErpFormat(String contract) {
		this.contract = contract;
	}

	/** The contract name used on the command line, such as {@code netsuite}. */
	public String contract() {
		return this.contract;
	}

	/** Whether the ledger can hold a void invoice. */
	boolean hasVoidInvoices() {
		return this != QUICKBOOKS;
	}

	/** Whether the ledger keys customers by name, so the crosswalk maps to names. */
	boolean keysCustomersByName() {
		return this == QUICKBOOKS;
	}

	ErpExportWriter open(Path file) {
		return switch (this) {
			case NETSUITE -> new NetSuiteInvoiceWriter(file);
			case QUICKBOOKS -> new QuickBooksInvoiceWriter(file);
			case GENERIC -> new GenericErpWriter(file);
		};
	}

	/**
	 * The format with the given contract name.
	 * @throws IllegalArgumentException naming the accepted names when there is none
	 */
	public static ErpFormat fromContract(String contract) {
		return Arrays.stream(values()).filter((format) -> format.contract.equals(contract)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("ERP format \"" + contract
					+ "\" is not one of netsuite, quickbooks, generic-erp."));
	}

}
