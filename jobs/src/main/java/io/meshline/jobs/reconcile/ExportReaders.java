package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.nio.file.Path;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.Side;
import io.meshline.readers.csv.ExportReader;

/** Checks an export against its contract before a job is started. */
public final class ExportReaders {

	private ExportReaders() {
	}

	/**
	 * Opens the file far enough to bind its header to the contract.
	 * @throws io.meshline.core.contract.ContractViolationException when the file is empty or lacks a
	 * required column; the message names the file, the column and the columns found
	 */
	public static void checkHeader(Path file, Contract contract) throws IOException {
		try (ExportReader<?> reader = (contract.side() == Side.CRM) ? ExportReader.crm(file, contract)
				: ExportReader.erp(file, contract)) {
			// Binding the header is the check.
		}
	}

}
