package io.meshline.jobs.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.money.CurrencyScale;

/** One row of {@link DealGroupQuery}: a staged deal or a staged invoice line. */
record StagedRow(String key, int source, long line, ResultSetValues values) {

	static StagedRow read(ResultSet rs) throws SQLException {
		return new StagedRow(rs.getString("K"), rs.getInt("SRC"), rs.getLong("LINE_NO"), ResultSetValues.of(rs));
	}

	boolean isDeal() {
		return this.source == DealGroupQuery.DEAL;
	}

	CrmDeal toDeal() {
		ResultSetValues v = this.values;
		return new CrmDeal(v.dealId(), v.accountId(), v.accountName(), v.dealName(), v.stage(), v.won(),
				(v.amount() != null) ? CurrencyScale.atScale(v.amount(), v.currency()) : null, v.currency(), v.date(),
				v.owner(), this.line);
	}

	/** This line as an invoice whose amount is {@code amount} (the sum of its lines). */
	ErpInvoice toInvoice(BigDecimal amount) {
		ResultSetValues v = this.values;
		return new ErpInvoice(v.invoiceId(), v.documentNumber(), v.date(), v.customerId(), v.customerName(),
				this.key.isEmpty() ? null : this.key, v.currency(), CurrencyScale.atScale(amount, v.currency()),
				v.live(), v.status(), this.line);
	}

	/** The columns, copied out of the result set so the cursor can move on. */
	record ResultSetValues(String dealId, String accountId, String accountName, String dealName, String stage,
			boolean won, BigDecimal amount, String currency, LocalDate date, String owner, String invoiceId,
			String documentNumber, String customerId, String customerName, boolean live, String status) {

		static ResultSetValues of(ResultSet rs) throws SQLException {
			return new ResultSetValues(rs.getString("DEAL_ID"), rs.getString("ACCOUNT_ID"), rs.getString("ACCOUNT_NAME"),
					rs.getString("DEAL_NAME"), rs.getString("STAGE"), rs.getBoolean("WON"), rs.getBigDecimal("AMOUNT"),
					rs.getString("CURRENCY").trim(), rs.getObject("CLOSE_DATE", LocalDate.class), rs.getString("OWNER"),
					rs.getString("INVOICE_ID"), rs.getString("DOCUMENT_NUMBER"), rs.getString("CUSTOMER_ID"),
					rs.getString("CUSTOMER_NAME"), rs.getBoolean("LIVE"), rs.getString("STATUS"));
		}

	}

}
