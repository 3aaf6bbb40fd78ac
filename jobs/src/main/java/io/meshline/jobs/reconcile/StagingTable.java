package io.meshline.jobs.reconcile;

/**
 * How one kind of canonical record is stored in its staging table.
 *
 * @param <T> the canonical record type
 */
interface StagingTable<T> {

	String name();

	String insertSql();

	int[] types();

	Object[] row(long runId, T record, long line);

	/** Why the record cannot be stored as it is, or {@code null} when it can. */
	String unstorable(T record);

	/** The record's id, for the reject file of an unstorable record. */
	String recordId(T record);

	/** The name of the column at fault for an unstorable record. */
	String idColumn();

}
