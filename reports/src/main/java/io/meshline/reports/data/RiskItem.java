package io.meshline.reports.data;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One finding that puts revenue at risk. Immutable.
 *
 * @param crmId the deal id
 * @param account the account name, else the account id, else {@code (no account)}
 * @param owner the deal owner, else {@code (no owner)}
 * @param currency the deal currency
 * @param atRisk the amount at risk, positive, at the currency's scale
 * @param closeDate the deal's close date
 */
public record RiskItem(String crmId, String account, String owner, String currency, BigDecimal atRisk,
		LocalDate closeDate) {

}
