package io.meshline.reports.data;

import java.math.BigDecimal;

/**
 * What was won in the CRM and invoiced in the ERP in one currency. Immutable.
 *
 * @param currency the currency
 * @param wonDeals won deals in scope in this currency
 * @param crmWon their amount (zero when none)
 * @param erpInvoiced live invoice lines in this currency that reference a won deal in scope (zero when none)
 */
public record CurrencyVolume(String currency, long wonDeals, BigDecimal crmWon, BigDecimal erpInvoiced) {

}
