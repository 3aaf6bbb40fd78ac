package io.meshline.jobs.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the policy of a reconcile run says about backfilling its deals: a deal a {@code BLOCK} rule
 * stops is never planned; one a {@code REQUIRE_APPROVAL} rule holds is planned only once approved
 * ({@link PolicyApprovals}). Warnings hold nothing. A run without a policy holds nothing. Immutable.
 */
public final class PolicyHolds {

	private final Map<String, String> blocked;

	private final Map<String, String> held;

	private final Map<String, String> approvedBy;

	private PolicyHolds(Map<String, String> blocked, Map<String, String> held, Map<String, String> approvedBy) {
		this.blocked = blocked;
		this.held = held;
		this.approvedBy = approvedBy;
	}

	/** The holds of reconcile run {@code run}, with the approvals given so far. */
	public static PolicyHolds forRun(JdbcTemplate jdbc, long run) {
		Map<String, String> blocked = new TreeMap<>();
		Map<String, String> held = new TreeMap<>();
		jdbc.query("SELECT DEAL_ID, RULE_ID, ACTION, MESSAGE FROM ML_POLICY_DECISION WHERE RUN_ID = ? "
				+ "AND ACTION IN ('BLOCK', 'REQUIRE_APPROVAL') ORDER BY DEAL_ID, RULE_ID", (rs) -> {
					Map<String, String> target = "BLOCK".equals(rs.getString("ACTION")) ? blocked : held;
					String rule = rs.getString("RULE_ID") + ": " + rs.getString("MESSAGE");
					target.merge(rs.getString("DEAL_ID"), rule, (a, b) -> a + "; " + b);
				}, run);
		Map<String, String> approvedBy = new LinkedHashMap<>();
		if (!held.isEmpty()) {
			jdbc.query("SELECT a.DEAL_ID, a.ACTOR, a.APPROVED_AT FROM ML_POLICY_APPROVAL a WHERE a.DEAL_ID IN "
					+ "(SELECT DEAL_ID FROM ML_POLICY_DECISION WHERE RUN_ID = ? AND ACTION = 'REQUIRE_APPROVAL')",
					(rs) -> {
						approvedBy.put(rs.getString(1), rs.getString(2) + " on "
								+ rs.getTimestamp(3).toLocalDateTime().toLocalDate());
					}, run);
		}
		return new PolicyHolds(blocked, held, approvedBy);
	}

	/**
	 * Why the policy keeps {@code dealId} out of a backfill, naming the rules; {@code null} when it
	 * does not.
	 */
	public String reasonToLeaveOut(String dealId) {
		String block = this.blocked.get(dealId);
		if (block != null) {
			return "blocked by policy (rule " + block + ")";
		}
		String hold = this.held.get(dealId);
		if (hold != null && !this.approvedBy.containsKey(dealId)) {
			return "held: needs approval (rule " + hold + ")";
		}
		return null;
	}

	/** For a held deal that was approved, who approved it and when; else {@code null}. */
	public String approval(String dealId) {
		String by = this.approvedBy.get(dealId);
		return (by != null && this.held.containsKey(dealId) && !this.blocked.containsKey(dealId))
				? "policy hold approved by " + by : null;
	}

}
