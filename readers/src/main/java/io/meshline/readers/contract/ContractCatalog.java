package io.meshline.readers.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.meshline.core.contract.Contract;

/**
 * The contracts shipped with Meshline, as commented YAML resources under
 * {@code io/meshline/contracts/}. Stateless and thread-safe.
 */
public final class ContractCatalog {

	private static final List<String> NAMES = List.of("generic-crm", "generic-erp", "hubspot", "netsuite",
			"quickbooks", "salesforce");

	private ContractCatalog() {
	}

	/** The names of the built-in contracts, sorted. */
	public static List<String> builtInNames() {
		return NAMES;
	}

	/**
	 * @throws IllegalArgumentException when there is no built-in contract of that name
	 */
	public static Contract builtIn(String name) {
		return ContractLoader.load(builtInSource(name), name + ".yaml");
	}

	/**
	 * The YAML text of a built-in contract, with its comments, for a user to copy and edit.
	 * @throws IllegalArgumentException when there is no built-in contract of that name
	 */
	public static String builtInSource(String name) {
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("There is no built-in contract \"" + name + "\"; the built-in ones are "
					+ String.join(", ", NAMES) + ".");
		}
		String resource = "/io/meshline/contracts/" + name + ".yaml";
		try (InputStream in = ContractCatalog.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The built-in contract " + resource + " is missing from the jar.");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the built-in contract " + resource + ".", ex);
		}
	}

}
