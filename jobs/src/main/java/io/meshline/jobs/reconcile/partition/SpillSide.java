package io.meshline.jobs.reconcile.partition;

import java.io.IOException;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * How one side's records are checked, encoded into a chunk's spill, and stored in the side's
 * partition files.
 *
 * @param <T> the canonical record type
 */
interface SpillSide<T> {

	/** Why the record cannot be kept, or {@code null}. */
	String problemOf(T record);

	String recordIdOf(T record);

	/** The contract column named when a record is rejected as a whole. */
	String idColumn();

	/** Encodes the record into {@code to}, bound for its partition. */
	void spill(T record, ChunkSpill to) throws IOException;

	/** Remembers the id of a rejected row, where an orphan's finding may need it. */
	void spillRejectedId(String id, long line, ChunkSpill to) throws IOException;

	/** Appends a chunk's records to this side's partition files; chunks come in file order. */
	void store(ChunkSpill from) throws IOException;

	void finish() throws IOException;

	static SpillSide<CrmDeal> crm(PartitionFiles files, String idColumn) {
		return new SpillSide<>() {

			@Override
			public String problemOf(CrmDeal record) {
				return StorageLimits.problemOf(record);
			}

			@Override
			public String recordIdOf(CrmDeal record) {
				return record.dealId();
			}

			@Override
			public String idColumn() {
				return idColumn;
			}

			@Override
			public void spill(CrmDeal record, ChunkSpill to) throws IOException {
				SpilledRecords.writeDeal(to.out(), record);
				to.end(files.partitionOfDeal(record.dealId()));
			}

			@Override
			public void spillRejectedId(String id, long line, ChunkSpill to) throws IOException {
				SpilledRecords.writeRejectedId(to.out(), id, line);
				to.end(files.partitionOfDeal(id));
			}

			@Override
			public void store(ChunkSpill from) throws IOException {
				from.drainTo(files::appendCrm);
			}

			@Override
			public void finish() throws IOException {
				files.finishCrm();
			}

		};
	}

	static SpillSide<ErpInvoice> erp(PartitionFiles files, String idColumn) {
		return new SpillSide<>() {

			@Override
			public String problemOf(ErpInvoice record) {
				return StorageLimits.problemOf(record);
			}

			@Override
			public String recordIdOf(ErpInvoice record) {
				return record.invoiceId();
			}

			@Override
			public String idColumn() {
				return idColumn;
			}

			@Override
			public void spill(ErpInvoice record, ChunkSpill to) throws IOException {
				SpilledRecords.writeLine(to.out(), record);
				to.end(files.partitionOfLine(record));
			}

			@Override
			public void spillRejectedId(String id, long line, ChunkSpill to) {
				// an orphan names the rejected CRM row of its reference, never an ERP one
			}

			@Override
			public void store(ChunkSpill from) throws IOException {
				from.drainTo(files::appendErp);
			}

			@Override
			public void finish() throws IOException {
				files.finishErp();
			}

		};
	}

}
