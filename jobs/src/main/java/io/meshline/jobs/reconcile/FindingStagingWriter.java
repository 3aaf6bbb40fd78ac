package io.meshline.jobs.reconcile;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.reconcile.Finding;

/**
 * Stores findings keyed by (run, group, position), and counts deals in scope and matched deals in
 * the step's execution context so that the counts commit with the rows they describe. On a restart
 * the rows of groups past the last commit are deleted first, so a chunk replayed after a crash
 * never leaves a duplicate. Not thread-safe.
 */
public class FindingStagingWriter implements ItemStreamWriter<ClassifiedGroup> {

	public static final String DEALS_IN_SCOPE = "deals.in.scope";

	public static final String MATCHED_DEALS = "matched.deals";

	private static final String LAST_GROUP = "last.group";

	private static final String INSERT = """
			INSERT INTO ML_FINDING (RUN_ID, GROUP_SEQ, ITEM_NO, FINDING, CRM_ID, ERP_IDS, CRM_ACCOUNT, ERP_CUSTOMER,
			  CURRENCY, CRM_AMOUNT, ERP_AMOUNT, DELTA, CLOSE_DATE, FIRST_INVOICE_DATE, OWNER, AT_RISK, OVER_BILLED, DETAIL)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final long runId;

	private long dealsInScope;

	private long matchedDeals;

	private long lastGroup;

	public FindingStagingWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	@Override
	public void open(ExecutionContext context) {
		this.dealsInScope = context.getLong(DEALS_IN_SCOPE, 0L);
		this.matchedDeals = context.getLong(MATCHED_DEALS, 0L);
		this.lastGroup = context.getLong(LAST_GROUP, 0L);
		this.jdbc.update("DELETE FROM ML_FINDING WHERE RUN_ID = ? AND GROUP_SEQ > ?", this.runId, this.lastGroup);
	}

	@Override
	public void write(Chunk<? extends ClassifiedGroup> chunk) {
		List<Object[]> rows = new ArrayList<>();
		for (ClassifiedGroup classified : chunk) {
			List<Finding> findings = classified.outcome().findings();
			for (int i = 0; i < findings.size(); i++) {
				rows.add(row(classified.seq(), i, findings.get(i)));
			}
			this.dealsInScope += classified.outcome().wonDealInScope() ? 1 : 0;
			this.matchedDeals += classified.outcome().matchedDeal() ? 1 : 0;
			this.lastGroup = Math.max(this.lastGroup, classified.seq());
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows, TYPES);
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(DEALS_IN_SCOPE, this.dealsInScope);
		context.putLong(MATCHED_DEALS, this.matchedDeals);
		context.putLong(LAST_GROUP, this.lastGroup);
	}

	private static final int[] TYPES = { Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL,
			Types.DATE, Types.DATE, Types.VARCHAR, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR };

	private Object[] row(long seq, int item, Finding f) {
		return new Object[] { this.runId, seq, item, f.type().name(), (f.crmId() != null) ? f.crmId() : "",
				String.join("|", f.erpIds()), Text.fit(f.crmAccount(), 1024), Text.fit(f.erpCustomer(), 4096),
				f.currency(), f.crmAmount(), f.erpAmount(), f.delta(), date(f.closeDate()), date(f.firstInvoiceDate()),
				Text.fit(f.owner(), 256), f.atRisk(), f.overBilled(), Text.fit(f.detail(), 16384) };
	}

	private static Date date(java.time.LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
