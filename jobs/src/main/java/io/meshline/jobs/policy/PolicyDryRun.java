package io.meshline.jobs.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.RowResult;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.policy.DealFacts;
import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.policy.Policy;
import io.meshline.core.policy.PolicyAction;
import io.meshline.core.policy.PolicyDecision;
import io.meshline.core.policy.PolicyRule;
import io.meshline.core.policy.PolicyVerdict;
import io.meshline.core.reconcile.ReconcileScope;
import io.meshline.readers.csv.ExportReader;

/**
 * What a policy would do to the won deals of a CRM export, without acting: it reads the export
 * through its contract as {@code reconcile} does (same scope, a repeated deal id counted once),
 * checks every won deal in scope, counts per rule and per deal, and writes
 * {@code policy-dry-run.csv}. It touches no database. Not thread-safe.
 */
public final class PolicyDryRun {

	private final Policy policy;

	private final DealPolicyCheck check;

	private final ReconcileScope scope;

	/** Per rule: how many deals break it. */
	private final Map<String, Long> perRule = new LinkedHashMap<>();

	/** Per strongest action: how many deals get it. */
	private final Map<PolicyAction, Long> perAction = new EnumMap<>(PolicyAction.class);

	private long dealsChecked;

	private long rowsRejected;

	public PolicyDryRun(Policy policy, DealPolicyCheck check, ReconcileScope scope) {
		this.policy = policy;
		this.check = check;
		this.scope = scope;
		policy.rules().forEach((rule) -> this.perRule.put(rule.id(), 0L));
	}

	/** Checks every won deal in scope of {@code crm} and writes {@code out/policy-dry-run.csv}. */
	public Path run(Path crm, Contract contract, Path out) throws IOException {
		Files.createDirectories(out);
		Path csv = out.resolve("policy-dry-run.csv");
		Set<String> seen = new HashSet<>();
		try (ExportReader<CrmDeal> reader = ExportReader.crm(crm, contract); PolicyDryRunCsv writer = new PolicyDryRunCsv(csv)) {
			while (reader.hasNext()) {
				RowResult<CrmDeal> row = reader.next();
				if (!(row instanceof RowResult.Accepted<CrmDeal> accepted)) {
					this.rowsRejected++;
					continue;
				}
				CrmDeal deal = accepted.record();
				if (seen.add(deal.dealId()) && deal.won() && this.scope.includesDeal(deal)) {
					check(deal, writer);
				}
			}
		}
		return csv;
	}

	private void check(CrmDeal deal, PolicyDryRunCsv writer) {
		this.dealsChecked++;
		PolicyVerdict verdict = this.check.verdict(deal);
		if (verdict.decisions().isEmpty()) {
			return;
		}
		DealFacts facts = this.check.factsOf(deal);
		this.perAction.merge(verdict.action(), 1L, Long::sum);
		for (PolicyDecision decision : verdict.decisions()) {
			this.perRule.merge(decision.ruleId(), 1L, Long::sum);
			writer.write(facts, verdict.action(), decision);
		}
	}

	/** The report printed after a dry run: per rule, then per action. */
	public String report() {
		StringBuilder out = new StringBuilder();
		out.append("Policy ").append(this.policy.source()).append(" version ").append(this.policy.version())
			.append(": ").append(this.dealsChecked).append(" won deals checked");
		if (this.rowsRejected > 0) {
			out.append(" (").append(this.rowsRejected).append(" rows rejected by the contract, not checked)");
		}
		out.append(".\n");
		for (PolicyRule rule : this.policy.rules()) {
			out.append(String.format("  %-32s %-16s %d deals%n", rule.id(), rule.action(), this.perRule.get(rule.id())));
		}
		out.append("Would block ").append(count(PolicyAction.BLOCK)).append(" deals, hold ")
			.append(count(PolicyAction.REQUIRE_APPROVAL)).append(" for approval, warn about ")
			.append(count(PolicyAction.WARN)).append(" (each deal counted once, under its strongest rule).\n");
		out.append("Dry run: nothing was stored, blocked or held.");
		return out.toString();
	}

	public long count(PolicyAction action) {
		return this.perAction.getOrDefault(action, 0L);
	}

}
