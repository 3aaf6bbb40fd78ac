package io.meshline.jobs.backfill;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.meshline.core.model.ErpInvoice;

/**
 * One ERP invoice a backfill plans for a won deal that was never invoiced. The deal id is the
 * idempotency key; the invoice is dated on the close date, for the deal's amount and currency.
 *
 * @param erpCustomer the ERP customer the crosswalk maps the deal's account to, or {@code null}
 */
public record PlannedInvoice(String dealId, String accountId, String accountName, String dealName,
		BigDecimal amount, String currency, LocalDate closeDate, String owner, String erpCustomer) {

	/** The prefix of the invoice ids a backfill writes, so they are told apart from the ERP's own. */
	public static final String INVOICE_PREFIX = "BF-";

	public String invoiceId() {
		return INVOICE_PREFIX + this.dealId;
	}

	/** The account identity a crosswalk maps: the id, else the name. */
	public String accountKey() {
		return (this.accountId != null && !this.accountId.isBlank()) ? this.accountId : this.accountName;
	}

	/** The invoice as a canonical ERP record, billed to the customer id and name given. */
	public ErpInvoice toErpInvoice(String customerId, String customerName) {
		return new ErpInvoice(invoiceId(), invoiceId(), this.closeDate, customerId, customerName, this.dealId,
				this.currency, this.amount, true, null, 0);
	}

	/** A description for the invoice line or memo. */
	public String description() {
		return (this.dealName != null && !this.dealName.isBlank()) ? this.dealName : "Backfill of deal " + this.dealId;
	}

}
