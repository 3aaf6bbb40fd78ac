package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import io.meshline.core.contract.Contract;
import io.meshline.readers.contract.ContractCatalog;
import io.meshline.readers.contract.ContractLoader;

/**
 * Turns a contract parameter into a contract: a built-in name, or {@code file:PATH} for a user's
 * contract file. A run-time default currency, when given, overrides the contract's.
 */
@Component
public class ContractResolver {

	public static final String FILE_PREFIX = "file:";

	/**
	 * @throws UncheckedIOException when a contract file cannot be read
	 */
	public Contract resolve(String reference, String defaultCurrency) {
		Contract contract = reference.startsWith(FILE_PREFIX) ? load(Path.of(reference.substring(FILE_PREFIX.length())))
				: ContractCatalog.builtIn(reference);
		return (defaultCurrency != null) ? contract.withDefaultCurrency(defaultCurrency) : contract;
	}

	private static Contract load(Path file) {
		try {
			return ContractLoader.load(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the contract " + file + ": " + ex.getMessage(), ex);
		}
	}

}
