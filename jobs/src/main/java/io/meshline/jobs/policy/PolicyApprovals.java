package io.meshline.jobs.policy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The approval ledger of deals that a {@code REQUIRE_APPROVAL} policy rule holds back from a
 * backfill ({@code ML_POLICY_APPROVAL}, one row per deal, ever). An approval is kept as first
 * given: approving again changes nothing. A deal that a {@code BLOCK} rule stops cannot be
 * approved; the policy must change. Thread-safe (each call is one statement or a read).
 */
@Component
public class PolicyApprovals {

	private final JdbcTemplate jdbc;

	public PolicyApprovals(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Who approved a deal, when, and why. */
	public record Approval(String dealId, String actor, Instant approvedAt, String note) {
	}

	/**
	 * Approves {@code dealId} for backfill, after checking that the latest run in which it broke a
	 * rule held it for approval and did not block it.
	 * @param note why, or {@code null}
	 * @return {@code true} when recorded now, {@code false} when it was approved already
	 * @throws IllegalArgumentException when no run held the deal for approval, or a rule blocks it
	 */
	public boolean approve(String dealId, String actor, String note) {
		if (actor == null || actor.isBlank()) {
			throw new IllegalArgumentException("An approval names who gives it: the actor is required.");
		}
		Long run = this.jdbc.queryForObject("SELECT MAX(RUN_ID) FROM ML_POLICY_DECISION WHERE DEAL_ID = ?", Long.class,
				dealId);
		if (run == null) {
			throw new IllegalArgumentException("Deal " + dealId + " broke no policy rule in any reconcile run of this "
					+ "data directory, so there is nothing to approve.");
		}
		List<Map<String, Object>> decisions = this.jdbc.queryForList(
				"SELECT RULE_ID, ACTION FROM ML_POLICY_DECISION WHERE RUN_ID = ? AND DEAL_ID = ? ORDER BY RULE_ID", run,
				dealId);
		List<Object> blocking = decisions.stream().filter((d) -> "BLOCK".equals(d.get("ACTION")))
			.map((d) -> d.get("RULE_ID")).toList();
		if (!blocking.isEmpty()) {
			throw new IllegalArgumentException("Deal " + dealId + " is blocked by policy rule " + join(blocking)
					+ " in reconcile run " + run + "; a blocked deal cannot be approved, only a changed policy frees it.");
		}
		if (decisions.stream().noneMatch((d) -> "REQUIRE_APPROVAL".equals(d.get("ACTION")))) {
			throw new IllegalArgumentException("Deal " + dealId + " only has warnings in reconcile run " + run
					+ "; nothing holds it, so there is nothing to approve.");
		}
		if (isApproved(dealId)) {
			return false;
		}
		this.jdbc.update("INSERT INTO ML_POLICY_APPROVAL (DEAL_ID, ACTOR, APPROVED_AT, NOTE) VALUES (?, ?, ?, ?)",
				dealId, actor.trim(), Timestamp.from(Instant.now()), note);
		return true;
	}

	public boolean isApproved(String dealId) {
		return approvalOf(dealId).isPresent();
	}

	public Optional<Approval> approvalOf(String dealId) {
		return this.jdbc.query("SELECT DEAL_ID, ACTOR, APPROVED_AT, NOTE FROM ML_POLICY_APPROVAL WHERE DEAL_ID = ?",
				(rs, i) -> new Approval(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getString(4)),
				dealId).stream().findFirst();
	}

	private static String join(List<Object> ids) {
		return String.join(", ", ids.stream().map(String::valueOf).toList());
	}

}
