package io.meshline.core.contract;

/**
 * Which system an export comes from: the CRM (won deals) or the ERP (invoices).
 */
public enum Side {

	/** A CRM export, mapped to {@link io.meshline.core.model.CrmDeal}. */
	CRM,

	/** An ERP export, mapped to {@link io.meshline.core.model.ErpInvoice}. */
	ERP

}
