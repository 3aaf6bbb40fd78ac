package io.meshline.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deal as the CRM exported it, in canonical form. Immutable and thread-safe.
 *
 * @param dealId the CRM record id; never blank, the key invoices reference
 * @param accountId the CRM account id, or {@code null} when the export carries only a name
 * @param accountName the account (company) name, or {@code null}
 * @param dealName a human label, or {@code null}
 * @param stage the stage as exported, or {@code null}
 * @param won whether the deal counts as won
 * @param amount the deal amount at the currency's scale; never {@code null} for a won deal, and
 *     {@code null} for an open or lost deal exported without one
 * @param currency ISO 4217 code; never {@code null}
 * @param closeDate the close date; never {@code null} for a won deal, and {@code null} for an open
 *     or lost deal exported without one
 * @param owner the deal owner (id or name), or {@code null}
 * @param line the physical line of the record's first line in its file (1 = header)
 */
public record CrmDeal(String dealId, String accountId, String accountName, String dealName, String stage,
		boolean won, BigDecimal amount, String currency, LocalDate closeDate, String owner, long line) {

	public CrmDeal {
		Objects.requireNonNull(dealId, "dealId");
		if (won && amount == null) {
			throw new NullPointerException("amount: a won deal has an amount");
		}
		Objects.requireNonNull(currency, "currency");
		if (won && closeDate == null) {
			throw new NullPointerException("closeDate: a won deal has a close date");
		}
	}

	/** The identity a crosswalk maps: the account id, or the name for exports that carry only a name. */
	public String accountKey() {
		return (this.accountId != null && !this.accountId.isBlank()) ? this.accountId : this.accountName;
	}

}
