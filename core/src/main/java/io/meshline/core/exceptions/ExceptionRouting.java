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
 * routing file that matches wins. Without one, a finding whose deal has an owner goes to its type's
 * default queue with its default severity's SLA (hard 2 hours, soft 8 hours); a finding with no
 * owner goes to {@value #TRIAGE} with one business day, except identity problems
 * ({@code CUSTOMER_MISMATCH}, always {@code identity-resolution}) and findings that never have a
 * deal owner ({@code ORPHAN_IN_ERP}, {@code DRIFT}), which keep their queue and get one business
 * day. Immutable and thread-safe.
 */
public final class ExceptionRouting {

	/** The queue of exceptions nobody owns. */
	public static final String TRIAGE = "triage";

	private static final Set<FindingType> OWNERLESS_KEEP_QUEUE = Set.of(FindingType.CUSTOMER_MISMATCH,
			FindingType.ORPHAN_IN_ERP, FindingType.DRIFT);

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
				Sla sla = (rule.sla() != null) ? rule.sla() : Sla.of(severity.defaultSla());
				return new Route(rule.queue(), severity, sla);
			}
		}
		String queue = this.defaultQueues.get(finding.type());
		if (finding.owner() == null || finding.owner().isBlank()) {
			return new Route(OWNERLESS_KEEP_QUEUE.contains(finding.type()) ? queue : TRIAGE, defaultSeverity,
					Sla.oneBusinessDay());
		}
		return new Route(queue, defaultSeverity, Sla.of(defaultSeverity.defaultSla()));
	}

}
