package io.meshline.jobs.reconcile;

import java.sql.Date;
import java.sql.Types;

import io.meshline.core.model.CrmDeal;

/** Staging of CRM deals in {@code ML_CRM_DEAL}. */
final class DealStagingTable implements StagingTable<CrmDeal> {

	@Override
	public String name() {
		return "ML_CRM_DEAL";
	}

	@Override
	public String insertSql() {
		return "INSERT INTO ML_CRM_DEAL (RUN_ID, LINE_NO, DEAL_ID, ACCOUNT_ID, ACCOUNT_NAME, DEAL_NAME, STAGE, WON, "
				+ "AMOUNT, CURRENCY, CLOSE_DATE, OWNER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	@Override
	public int[] types() {
		return new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
				Types.VARCHAR, Types.BOOLEAN, Types.DECIMAL, Types.CHAR, Types.DATE, Types.VARCHAR };
	}

	@Override
	public Object[] row(long runId, CrmDeal d, long line) {
		return new Object[] { runId, line, d.dealId(), d.accountId(), Text.fit(d.accountName(), 1024),
				Text.fit(d.dealName(), 1024), Text.fit(d.stage(), 256), d.won(), d.amount(), d.currency(),
				(d.closeDate() != null) ? Date.valueOf(d.closeDate()) : null, Text.fit(d.owner(), 256) };
	}

	@Override
	public String unstorable(CrmDeal d) {
		return StagingLimits.firstProblem(d.dealId(), "deal id", d.accountId(), "account id", d.amount());
	}

	@Override
	public String recordId(CrmDeal record) {
		return Text.fit(record.dealId(), 256);
	}

	@Override
	public String idColumn() {
		return "deal_id";
	}

}
