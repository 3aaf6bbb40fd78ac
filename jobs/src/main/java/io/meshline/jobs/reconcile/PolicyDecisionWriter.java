package io.meshline.jobs.reconcile;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.policy.PolicyDecision;

/**
 * Stores every rule a deal breaks in {@code ML_POLICY_DECISION}, one row per run, deal and rule,
 * in the classify step's chunk transaction (beside the deal's finding). A replayed chunk first
 * deletes its deals' rows, so a retry or restart never duplicates one. Not thread-safe.
 */
class PolicyDecisionWriter implements ItemWriter<ClassifiedGroup> {

	private static final String INSERT = "INSERT INTO ML_POLICY_DECISION (RUN_ID, DEAL_ID, RULE_ID, GROUP_SEQ, "
			+ "ACTION, MESSAGE) VALUES (?, ?, ?, ?, ?, ?)";

	private static final int[] TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR };

	private final JdbcTemplate jdbc;

	private final long runId;

	PolicyDecisionWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ClassifiedGroup> chunk) {
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (ClassifiedGroup group : chunk) {
			if (group.decisions().isEmpty()) {
				continue;
			}
			deletes.add(new Object[] { this.runId, group.dealId() });
			for (PolicyDecision decision : group.decisions()) {
				rows.add(new Object[] { this.runId, group.dealId(), decision.ruleId(), group.seq(),
						decision.action().name(), Text.fit(decision.message(), 4096) });
			}
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("DELETE FROM ML_POLICY_DECISION WHERE RUN_ID = ? AND DEAL_ID = ?", deletes);
			this.jdbc.batchUpdate(INSERT, rows, TYPES);
		}
	}

}
