package io.meshline.reports.data;

import java.math.BigDecimal;

/**
 * The findings of one class in one currency. Immutable.
 *
 * @param finding the finding class, such as {@code MISSING_IN_ERP}
 * @param currency the currency of the rows
 * @param count how many findings
 * @param atRisk their revenue at risk (zero when none)
 * @param overBilled their over-billing (zero when none)
 */
public record FindingTotal(String finding, String currency, long count, BigDecimal atRisk, BigDecimal overBilled) {

}
