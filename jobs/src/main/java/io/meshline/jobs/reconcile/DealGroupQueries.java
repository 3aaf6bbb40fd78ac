package io.meshline.jobs.reconcile;

/**
 * The two passes that build a run's deal groups. The first walks the deals in file order, each
 * joined to the invoice lines that reference it: every row of a deal shares its line number, so a
 * deal's rows are adjacent and no sort by key is needed (the primary key gives the order). The
 * second finds the lines whose reference names no deal, grouped by reference. Neither compares keys
 * in Java, so the grouping never depends on how a database collates them.
 */
final class DealGroupQueries {

	private static final String LINE_COLUMNS = "i.LINE_NO AS I_LINE, i.INVOICE_ID, i.DOCUMENT_NUMBER, i.INVOICE_DATE, "
			+ "i.CUSTOMER_ID, i.CUSTOMER_NAME, i.DEAL_REF, i.CURRENCY AS I_CURRENCY, i.AMOUNT AS I_AMOUNT, i.LIVE, i.STATUS";

	static final String DEALS_WITH_LINES = "SELECT d.LINE_NO AS D_LINE, d.DEAL_ID, d.ACCOUNT_ID, d.ACCOUNT_NAME, "
			+ "d.DEAL_NAME, d.STAGE, d.WON, d.AMOUNT AS D_AMOUNT, d.CURRENCY AS D_CURRENCY, d.CLOSE_DATE, d.OWNER, "
			+ LINE_COLUMNS + " FROM ML_CRM_DEAL d LEFT OUTER JOIN ML_ERP_LINE i ON i.RUN_ID = d.RUN_ID "
			+ "AND i.DEAL_REF = d.DEAL_ID WHERE d.RUN_ID = ? ORDER BY d.LINE_NO";

	static final String LINES_WITHOUT_DEAL = "SELECT " + LINE_COLUMNS + ", (SELECT MIN(r.LINE_NO) FROM ML_REJECT r "
			+ "WHERE r.RUN_ID = i.RUN_ID AND r.SIDE = 'CRM' AND r.RECORD_ID = i.DEAL_REF) AS REJECTED_DEAL_LINE "
			+ "FROM ML_ERP_LINE i WHERE i.RUN_ID = ? "
			+ "AND NOT EXISTS (SELECT 1 FROM ML_CRM_DEAL d WHERE d.RUN_ID = i.RUN_ID AND d.DEAL_ID = i.DEAL_REF) "
			+ "ORDER BY i.DEAL_REF, i.INVOICE_ID, i.LINE_NO";

	private DealGroupQueries() {
	}

}
