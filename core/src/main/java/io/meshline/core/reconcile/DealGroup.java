package io.meshline.core.reconcile;

import java.util.List;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * A CRM key and everything that carries it: the deal of that id (or {@code null} when the CRM file
 * has none) and every invoice, live or void, whose reference names it. Immutable.
 *
 * @param key the deal id or invoice reference; empty for invoices that reference nothing
 * @param deal the deal, or {@code null}
 * @param invoices the invoices, possibly empty; never {@code null}
 * @param rejectedDealLine when there is no deal: the line of a CRM row with this id that was
 *     rejected, or {@code null}
 */
public record DealGroup(String key, CrmDeal deal, List<ErpInvoice> invoices, Long rejectedDealLine) {

	public DealGroup {
		invoices = List.copyOf(invoices);
	}

	public DealGroup(String key, CrmDeal deal, List<ErpInvoice> invoices) {
		this(key, deal, invoices, null);
	}

}
