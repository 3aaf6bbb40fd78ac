package io.meshline.jobs.reconcile.partition;

import java.util.ArrayList;
import java.util.List;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * One partition's records, read back from its spill files: the deals, the ids of rejected CRM
 * rows, and the invoice lines, each in the order it was spilled (file order).
 */
record PartitionRows(int partition, List<CrmDeal> deals, List<SpilledRecords.RejectedId> rejectedIds,
		List<ErpInvoice> lines) {

	PartitionRows(int partition) {
		this(partition, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
	}

}
