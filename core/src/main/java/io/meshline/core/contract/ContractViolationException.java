package io.meshline.core.contract;

import java.util.Collection;

/**
 * An export file that cannot be read under its contract at all: it is empty, or its header lacks
 * a column the contract requires. Row-level problems are rejections, never this exception.
 */
public class ContractViolationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ContractViolationException(String message) {
		super(message);
	}

	/** The file has no header line at all; the message lists what {@code contract} expects. */
	public static ContractViolationException empty(String file, Contract contract) {
		return empty(file, Binding.expectedColumns(contract));
	}

	/** The file has no header line at all. */
	public static ContractViolationException empty(String file, Collection<String> expectedColumns) {
		return new ContractViolationException(
				file + " is empty: expected a header with columns " + String.join(", ", expectedColumns) + ".");
	}

	/** The header lacks columns the contract needs. */
	public static ContractViolationException missingColumns(String file, String contract,
			Collection<String> missing, Collection<String> found) {
		return new ContractViolationException(file + " does not match contract " + contract + ": "
				+ ((missing.size() == 1) ? "missing column " : "missing columns ") + String.join(", ", missing)
				+ "; columns found: " + String.join(", ", found) + ".");
	}

}
