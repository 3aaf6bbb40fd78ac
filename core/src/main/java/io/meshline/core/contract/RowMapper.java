package io.meshline.core.contract;

import java.util.List;

/**
 * Turns the fields of one export row into a {@link RowResult}. Implementations are bound to one
 * file's header, never throw for bad data, and are thread-safe.
 *
 * @param <T> the canonical record type
 */
@FunctionalInterface
public interface RowMapper<T> {

	/**
	 * @param values the row's fields as split by the CSV parser; never {@code null}
	 * @param line the physical line the row starts on (1 = header)
	 * @param raw the row's text as read, for the rejects file, or {@code null}
	 */
	RowResult<T> map(String[] values, long line, String raw);

	/**
	 * Binds a contract to a file's header.
	 * @param <T> the canonical record type
	 */
	@FunctionalInterface
	interface Factory<T> {

		/**
		 * @throws ContractViolationException when the header lacks a column the contract requires
		 */
		RowMapper<T> bind(Contract contract, String file, List<String> header);

	}

}
