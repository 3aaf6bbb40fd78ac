package io.meshline.core.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * Assembles a {@link Finding}, filling the deal's columns once so each rule sets only what it is
 * about. Not thread-safe; one per finding.
 */
final class FindingBuilder {

	private final FindingType type;

	private String crmId;

	private List<String> erpIds = List.of();

	private String crmAccount;

	private String erpCustomer;

	private String currency;

	private BigDecimal crmAmount;

	private BigDecimal erpAmount;

	private BigDecimal delta;

	private LocalDate closeDate;

	private LocalDate firstInvoiceDate;

	private String owner;

	private BigDecimal atRisk;

	private BigDecimal overBilled;

	private FindingBuilder(FindingType type) {
		this.type = type;
	}

	static FindingBuilder forDeal(FindingType type, CrmDeal deal) {
		FindingBuilder builder = new FindingBuilder(type);
		builder.crmId = deal.dealId();
		builder.crmAccount = deal.accountKey();
		builder.currency = deal.currency();
		builder.crmAmount = deal.amount();
		builder.closeDate = deal.closeDate();
		builder.owner = deal.owner();
		return builder;
	}

	static FindingBuilder forInvoice(FindingType type, String reference, ErpInvoice invoice) {
		FindingBuilder builder = new FindingBuilder(type);
		builder.crmId = reference;
		builder.currency = invoice.currency();
		return builder.invoices(List.of(invoice)).erpAmount(invoice.amount());
	}

	/** The invoices concerned: their ids, customer and earliest date. */
	FindingBuilder invoices(List<ErpInvoice> invoices) {
		this.erpIds = invoices.stream().map(ErpInvoice::invoiceId).toList();
		this.erpCustomer = invoices.stream().map(ErpInvoice::customerKey).distinct().reduce((a, b) -> a + "|" + b)
			.orElse(null);
		this.firstInvoiceDate = invoices.stream().map(ErpInvoice::invoiceDate).min(LocalDate::compareTo).orElse(null);
		return this;
	}

	/** Reports the finding in another currency; the deal amount then no longer applies. */
	FindingBuilder currency(String currency) {
		if (!currency.equals(this.currency)) {
			this.crmAmount = null;
		}
		this.currency = currency;
		return this;
	}

	FindingBuilder erpAmount(BigDecimal erpAmount) {
		this.erpAmount = erpAmount;
		return this;
	}

	FindingBuilder delta(BigDecimal delta) {
		this.delta = delta;
		return this;
	}

	FindingBuilder atRisk(BigDecimal atRisk) {
		this.atRisk = atRisk;
		return this;
	}

	FindingBuilder overBilled(BigDecimal overBilled) {
		this.overBilled = overBilled;
		return this;
	}

	Finding detail(String detail) {
		return new Finding(this.type, this.crmId, this.erpIds, this.crmAccount, this.erpCustomer, this.currency,
				this.crmAmount, this.erpAmount, this.delta, this.closeDate, this.firstInvoiceDate, this.owner,
				this.atRisk, this.overBilled, detail);
	}

}
