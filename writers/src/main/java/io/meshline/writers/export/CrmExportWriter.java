package io.meshline.writers.export;

import java.io.Closeable;
import java.time.Instant;

import io.meshline.core.model.CrmDeal;

/**
 * Streams canonical deals into a file shaped like one CRM's export. Implementations are not
 * thread-safe; close them to flush.
 */
public interface CrmExportWriter extends Closeable {

	/**
	 * Writes one deal as one row.
	 * @param deal the deal; never {@code null}
	 * @param createdAt when the deal was created, for formats that carry it; {@code null} writes
	 * an empty cell
	 */
	void write(CrmDeal deal, Instant createdAt);

	/** Writes one deal with no creation timestamp. */
	default void write(CrmDeal deal) {
		write(deal, null);
	}

	/** The number of data rows written so far. */
	long rowsWritten();

}
