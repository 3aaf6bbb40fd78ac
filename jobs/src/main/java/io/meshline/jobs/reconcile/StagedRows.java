package io.meshline.jobs.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.money.CurrencyScale;

/** Turns rows of {@link DealGroupQueries} back into deals and invoices. */
final class StagedRows {

	private StagedRows() {
	}

	static CrmDeal deal(ResultSet rs) throws SQLException {
		String currency = rs.getString("D_CURRENCY").trim();
		BigDecimal amount = rs.getBigDecimal("D_AMOUNT");
		return new CrmDeal(rs.getString("DEAL_ID"), rs.getString("ACCOUNT_ID"), rs.getString("ACCOUNT_NAME"),
				rs.getString("DEAL_NAME"), rs.getString("STAGE"), rs.getBoolean("WON"),
				(amount != null) ? CurrencyScale.atScale(amount, currency) : null, currency,
				rs.getObject("CLOSE_DATE", LocalDate.class), rs.getString("OWNER"), rs.getLong("D_LINE"));
	}

	/** The invoice line on this row, or {@code null} for a deal row that joined no line. */
	static ErpInvoice line(ResultSet rs) throws SQLException {
		String invoiceId = rs.getString("INVOICE_ID");
		if (invoiceId == null) {
			return null;
		}
		String reference = rs.getString("DEAL_REF");
		return new ErpInvoice(invoiceId, rs.getString("DOCUMENT_NUMBER"), rs.getObject("INVOICE_DATE", LocalDate.class),
				rs.getString("CUSTOMER_ID"), rs.getString("CUSTOMER_NAME"), reference.isEmpty() ? null : reference,
				rs.getString("I_CURRENCY").trim(), rs.getBigDecimal("I_AMOUNT"), rs.getBoolean("LIVE"),
				rs.getString("STATUS"), rs.getLong("I_LINE"));
	}

	/**
	 * Lines that share an invoice id are one invoice: the first line (in the file) gives its columns,
	 * the amounts add up. Lines in another currency than the first are kept apart as their own part
	 * of the invoice, since adding amounts of two currencies would hide a currency mismatch. Parts
	 * come out in the order of their first lines.
	 */
	static List<ErpInvoice> invoices(List<ErpInvoice> lines) {
		List<ErpInvoice> sorted = new ArrayList<>(lines);
		sorted.sort(Comparator.comparingLong(ErpInvoice::line));
		Map<String, ErpInvoice> byId = new LinkedHashMap<>();
		for (ErpInvoice line : sorted) {
			byId.merge(line.invoiceId() + '\u0000' + line.currency(), line, (first, next) -> new ErpInvoice(first.invoiceId(), first.documentNumber(),
					first.invoiceDate(), first.customerId(), first.customerName(), first.dealRef(), first.currency(),
					first.amount().add(next.amount()), first.live(), first.status(), first.line()));
		}
		List<ErpInvoice> invoices = new ArrayList<>(byId.size());
		for (ErpInvoice invoice : byId.values()) {
			invoices.add(new ErpInvoice(invoice.invoiceId(), invoice.documentNumber(), invoice.invoiceDate(),
					invoice.customerId(), invoice.customerName(), invoice.dealRef(), invoice.currency(),
					CurrencyScale.atScale(invoice.amount(), invoice.currency()), invoice.live(), invoice.status(),
					invoice.line()));
		}
		return invoices;
	}

}
