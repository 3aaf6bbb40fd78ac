package io.meshline.jobs.policy;

import java.math.BigDecimal;
import java.nio.file.Path;

import io.meshline.core.policy.DealFacts;
import io.meshline.core.policy.PolicyAction;
import io.meshline.core.policy.PolicyDecision;
import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * {@code policy-dry-run.csv}: one row per deal and broken rule, in file order, with the action the
 * deal would get (its strongest rule's) and the facts the rules read. Not thread-safe.
 */
final class PolicyDryRunCsv extends CsvFileWriter {

	static final String[] HEADER = { "deal_id", "account", "owner", "currency", "amount", "list_price",
			"discount_percent", "deal_action", "rule_id", "rule_action", "message" };

	PolicyDryRunCsv(Path file) {
		super(file, false, HEADER);
	}

	void write(DealFacts facts, PolicyAction dealAction, PolicyDecision decision) {
		printRow(SpreadsheetSafeCell.of(facts.dealId()), SpreadsheetSafeCell.of(facts.account()),
				SpreadsheetSafeCell.of(facts.owner()), facts.currency(), plain(facts.amount()),
				plain(facts.listPrice()), plain(facts.discountPercent()), dealAction.name(), decision.ruleId(),
				decision.action().name(), SpreadsheetSafeCell.of(decision.message()));
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
