package io.meshline.samples;

import java.time.Instant;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * Where generated records go, one at a time and in generation order: crosswalk rows first, then
 * each deal followed by its invoices and planted findings. Implementations need not be
 * thread-safe.
 */
interface SampleSink {

	void crosswalk(String crmAccount, String erpCustomer);

	void deal(CrmDeal deal, Instant createdAt);

	void invoice(ErpInvoice invoice, String description);

	void planted(PlantedFinding finding);

}
