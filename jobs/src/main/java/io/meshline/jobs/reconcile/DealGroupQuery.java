package io.meshline.jobs.reconcile;

/**
 * One ordered pass over a run's staged deals and invoice lines, interleaved by CRM key. A single
 * UNION query ordered by the database (rather than two queries merged in Java) keeps the grouping
 * independent of collation: rows with equal keys are adjacent whatever order the keys sort in.
 */
final class DealGroupQuery {

	static final int DEAL = 0;

	static final int INVOICE_LINE = 1;

	static final String SQL = """
			SELECT K, SRC, LINE_NO, DEAL_ID, ACCOUNT_ID, ACCOUNT_NAME, DEAL_NAME, STAGE, WON, AMOUNT, CURRENCY,
			       CLOSE_DATE, OWNER, INVOICE_ID, DOCUMENT_NUMBER, CUSTOMER_ID, CUSTOMER_NAME, LIVE, STATUS
			FROM (
			  SELECT DEAL_ID AS K, 0 AS SRC, LINE_NO, DEAL_ID, ACCOUNT_ID, ACCOUNT_NAME, DEAL_NAME, STAGE, WON, AMOUNT,
			         CURRENCY, CLOSE_DATE, OWNER, CAST(NULL AS VARCHAR(256)) AS INVOICE_ID,
			         CAST(NULL AS VARCHAR(256)) AS DOCUMENT_NUMBER, CAST(NULL AS VARCHAR(256)) AS CUSTOMER_ID,
			         CAST(NULL AS VARCHAR(1024)) AS CUSTOMER_NAME, CAST(NULL AS BOOLEAN) AS LIVE,
			         CAST(NULL AS VARCHAR(256)) AS STATUS
			  FROM ML_CRM_DEAL WHERE RUN_ID = ?
			  UNION ALL
			  SELECT DEAL_REF, 1, LINE_NO, CAST(NULL AS VARCHAR(256)), CAST(NULL AS VARCHAR(256)),
			         CAST(NULL AS VARCHAR(1024)), CAST(NULL AS VARCHAR(1024)), CAST(NULL AS VARCHAR(256)),
			         CAST(NULL AS BOOLEAN), AMOUNT, CURRENCY, INVOICE_DATE, CAST(NULL AS VARCHAR(256)), INVOICE_ID,
			         DOCUMENT_NUMBER, CUSTOMER_ID, CUSTOMER_NAME, LIVE, STATUS
			  FROM ML_ERP_LINE WHERE RUN_ID = ?
			) AS ROWS_BY_KEY
			ORDER BY K, SRC, INVOICE_ID, LINE_NO
			""";

	private DealGroupQuery() {
	}

}
