package io.meshline.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice (or one line of it, for ledgers exported line by line) in canonical form. Lines that
 * share an {@code invoiceId} are one invoice whose amount is their sum. Immutable and thread-safe.
 *
 * @param invoiceId the ERP's id for the invoice; never blank
 * @param documentNumber the printed invoice number, or {@code null}
 * @param invoiceDate the invoice date; never {@code null}
 * @param customerId the ERP customer id, or {@code null}
 * @param customerName the ERP customer name, or {@code null}
 * @param dealRef the CRM deal id the invoice references, or {@code null} when it names none
 * @param currency ISO 4217 code; never {@code null}
 * @param amount the amount at the currency's scale; never {@code null}
 * @param live {@code false} when the invoice is voided or rejected
 * @param status the status as exported, or {@code null}
 * @param line the physical line of the record's first line in its file (1 = header)
 */
public record ErpInvoice(String invoiceId, String documentNumber, LocalDate invoiceDate, String customerId,
		String customerName, String dealRef, String currency, BigDecimal amount, boolean live, String status,
		long line) {

	public ErpInvoice {
		Objects.requireNonNull(invoiceId, "invoiceId");
		Objects.requireNonNull(invoiceDate, "invoiceDate");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(amount, "amount");
	}

	/** The customer identity to compare: the id when the ledger has one, else the name. */
	public String customerKey() {
		return (this.customerId != null && !this.customerId.isBlank()) ? this.customerId : this.customerName;
	}

	/** Whether this invoice is billed to {@code erpCustomer}, by id or by name. */
	public boolean isBilledTo(String erpCustomer) {
		return erpCustomer != null && (erpCustomer.equals(this.customerId) || erpCustomer.equals(this.customerName));
	}

}
