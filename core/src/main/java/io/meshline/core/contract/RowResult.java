package io.meshline.core.contract;

import java.util.Objects;

import io.meshline.core.model.Rejection;

/**
 * What one export row became: an accepted canonical record or a rejection. Every row read is
 * exactly one of the two, so read = accepted + rejected. Immutable.
 *
 * @param <T> the canonical record type
 */
public sealed interface RowResult<T> permits RowResult.Accepted, RowResult.Rejected {

	/** The physical line the row starts on (1 = header). */
	long line();

	/**
	 * A row that became a canonical record.
	 * @param record the record; never {@code null}
	 * @param line the physical line the row starts on
	 */
	record Accepted<T>(T record, long line) implements RowResult<T> {

		public Accepted {
			Objects.requireNonNull(record, "record");
		}

	}

	/**
	 * A row that could not be accepted.
	 * @param rejection where and why; never {@code null}
	 */
	record Rejected<T>(Rejection rejection) implements RowResult<T> {

		public Rejected {
			Objects.requireNonNull(rejection, "rejection");
		}

		@Override
		public long line() {
			return this.rejection.line();
		}

	}

}
