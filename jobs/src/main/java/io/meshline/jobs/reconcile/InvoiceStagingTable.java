package io.meshline.jobs.reconcile;

import java.sql.Date;
import java.sql.Types;

import io.meshline.core.model.ErpInvoice;

/** Staging of ERP invoice lines in {@code ML_ERP_LINE}; an empty reference is stored as {@code ''}. */
final class InvoiceStagingTable implements StagingTable<ErpInvoice> {

	@Override
	public String name() {
		return "ML_ERP_LINE";
	}

	@Override
	public String insertSql() {
		return "INSERT INTO ML_ERP_LINE (RUN_ID, LINE_NO, INVOICE_ID, DOCUMENT_NUMBER, INVOICE_DATE, CUSTOMER_ID, "
				+ "CUSTOMER_NAME, DEAL_REF, CURRENCY, AMOUNT, LIVE, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	@Override
	public int[] types() {
		return new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR,
				Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.DECIMAL, Types.BOOLEAN, Types.VARCHAR };
	}

	@Override
	public Object[] row(long runId, ErpInvoice i, long line) {
		return new Object[] { runId, line, i.invoiceId(), Text.fit(i.documentNumber(), 256),
				Date.valueOf(i.invoiceDate()), i.customerId(), Text.fit(i.customerName(), 1024),
				(i.dealRef() != null) ? i.dealRef() : "", i.currency(), i.amount(), i.live(), Text.fit(i.status(), 256) };
	}

	@Override
	public String unstorable(ErpInvoice i) {
		String problem = StagingLimits.firstProblem(i.invoiceId(), "invoice id", i.customerId(), "customer id",
				i.amount());
		return (problem != null) ? problem : StagingLimits.idProblem(i.dealRef(), "deal reference");
	}

	@Override
	public String recordId(ErpInvoice record) {
		return Text.fit(record.invoiceId(), 256);
	}

	@Override
	public String idColumn() {
		return "invoice_id";
	}

}
