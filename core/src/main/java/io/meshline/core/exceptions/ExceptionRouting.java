package io.meshline.core.exceptions;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/**
 * Decides the queue, severity and SLA of the exception a finding belongs to. The first rule of the
 * routing file that matches wins; a rule with a condition (owner, currency, amount band) decides
 * everything. A rule without one only replaces its finding type's queue, severity and SLA for owned
 * exceptions. A finding whose deal has an owner goes to its type's queue with its severity's SLA
 * (hard 2 hours, soft 8 hours); a finding with no owner goes to {@value #TRIAGE} with one business
 * day, except identity problems ({@code CUSTOMER_MISMATCH}, {@code UNMAPPED_ACCOUNT}) and findings that never have a deal
 * owner ({@code ORPHAN_IN_ERP}, {@code DRIFT}), which keep their queue (and get one business day
 * unless a rule sets an SLA). Immutable and thread-safe.
 */
public final class ExceptionRouting {

	/** The queue of exceptions nobody owns. */
	public static final String TRIAGE = "triage";

	private static final Set<FindingType> OWNERLESS_KEEP_QUEUE = Set.of(FindingType.CUSTOMER_MISMATCH,
			FindingType.UNMAPPED_ACCOUNT, FindingType.ORPHAN_IN_ERP, FindingType.DRIFT);

	private final List<RoutingRule> rules;

	private final Map<FindingType, String> defaultQueues;

	/**
	 * @param rules the routing file's rules in file order (may be empty)
	 * @param defaultQueues the queue of every finding type when no rule matches
	 */
	public ExceptionRouting(List<RoutingRule> rules, Map<FindingType, String> defaultQueues) {
		this.rules = List.copyOf(rules);
		this.defaultQueues = new EnumMap<>(defaultQueues);
	}

	/** The route of {@code finding}; never {@code null}. */
	public Route route(Finding finding) {
		BigDecimal amount = AmountAtStake.of(finding);
		Severity defaultSeverity = Severity.defaultFor(finding.type());
		for (RoutingRule rule : this.rules) {
			if (rule.matches(finding, amount)) {
				Severity severity = (rule.severity() != null) ? rule.severity() : defaultSeverity;
				if (!rule.unconditional()) {
					Sla sla = (rule.sla() != null) ? rule.sla() : Sla.of(severity.defaultSla());
					return new Route(rule.queue(), severity, sla);
				}
				return byOwner(finding, rule.queue(), severity, rule.sla());
			}
		}
		return byOwner(finding, this.defaultQueues.get(finding.type()), defaultSeverity, null);
	}

	/** The type's queue for an owned exception; triage (or the same queue) and one business day without an owner. */
	private static Route byOwner(Finding finding, String queue, Severity severity, Sla sla) {
		if (finding.owner() == null || finding.owner().isBlank()) {
			boolean keep = OWNERLESS_KEEP_QUEUE.contains(finding.type());
			return new Route(keep ? queue : TRIAGE, severity, (keep && sla != null) ? sla : Sla.oneBusinessDay());
		}
		return new Route(queue, severity, (sla != null) ? sla : Sla.of(severity.defaultSla()));
	}

}
