package io.meshline.core.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One discrepancy, as a row of {@code discrepancies.csv} before routing. Immutable.
 *
 * @param type the kind of discrepancy; never {@code null}
 * @param crmId the deal id, or for an orphan the invoice's reference (may be empty)
 * @param erpIds the invoices concerned, in a stable order; never {@code null}
 * @param crmAccount the deal's account key, or {@code null}
 * @param erpCustomer the invoices' customer, or {@code null}
 * @param currency the currency the amounts are in; never {@code null}
 * @param crmAmount the deal amount, or {@code null}
 * @param erpAmount the invoiced amount the finding is about, or {@code null}
 * @param delta {@code erpAmount - crmAmount} where both mean the same thing, else {@code null}
 * @param closeDate the deal's close date, or {@code null}
 * @param firstInvoiceDate the earliest live invoice date concerned, or {@code null}
 * @param owner the deal owner, or {@code null}
 * @param atRisk what this finding adds to revenue at risk, or {@code null}
 * @param overBilled what this finding adds to over-billing, or {@code null}
 * @param detail a sentence saying what is wrong; never {@code null}
 */
public record Finding(FindingType type, String crmId, List<String> erpIds, String crmAccount, String erpCustomer,
		String currency, BigDecimal crmAmount, BigDecimal erpAmount, BigDecimal delta, LocalDate closeDate,
		LocalDate firstInvoiceDate, String owner, BigDecimal atRisk, BigDecimal overBilled, String detail) {

	public Finding {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(detail, "detail");
		erpIds = List.copyOf(erpIds);
	}

}
