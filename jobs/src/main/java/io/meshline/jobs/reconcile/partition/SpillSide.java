package io.meshline.jobs.reconcile.partition;

import java.io.IOException;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * How one side's records are checked and spilled.
 *
 * @param <T> the canonical record type
 */
interface SpillSide<T> {

	/** Why the record cannot be kept, or {@code null}. */
	String problemOf(T record);

	String recordIdOf(T record);

	/** The contract column named when a record is rejected as a whole. */
	String idColumn();

	void spill(T record) throws IOException;

	/** Remembers the id of a rejected row, where an orphan's finding may need it. */
	void spillRejectedId(String id, long line) throws IOException;

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
			public void spill(CrmDeal record) throws IOException {
				files.spillDeal(record);
			}

			@Override
			public void spillRejectedId(String id, long line) throws IOException {
				files.spillRejectedId(id, line);
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
			public void spill(ErpInvoice record) throws IOException {
				files.spillLine(record);
			}

			@Override
			public void spillRejectedId(String id, long line) {
				// an orphan names the rejected CRM row of its reference, never an ERP one
			}

			@Override
			public void finish() throws IOException {
				files.finishErp();
			}

		};
	}

}
