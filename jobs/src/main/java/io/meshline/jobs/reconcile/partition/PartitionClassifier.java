package io.meshline.jobs.reconcile.partition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.model.Rejection;
import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.policy.PolicyDecision;
import io.meshline.core.policy.PolicyVerdict;
import io.meshline.core.reconcile.DealGroup;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;
import io.meshline.core.reconcile.GroupClassifier;
import io.meshline.core.reconcile.GroupOutcome;
import io.meshline.core.reconcile.InvoiceLines;
import io.meshline.core.reconcile.ReconcileScope;
import io.meshline.jobs.reconcile.FindingRow;

/**
 * Classifies one partition: the first row of each deal id is the deal (a later row with the same id
 * is rejected), each deal is joined to the lines that reference it and classified by
 * {@link GroupClassifier}, a won deal in scope is checked against the policy, and the invoices whose
 * reference names no deal are classified one by one as orphans. A deal's findings take the deal's
 * line as their position, an orphan's the position past every deal given by its first line in the
 * ledger, so the report has one order however the partitions fall. Thread-safe.
 */
final class PartitionClassifier {

	/** Orphan findings come after every deal's: their position is this plus the invoice's line. */
	static final long ORPHAN_BASE = 1L << 62;

	private final GroupClassifier classifier;

	private final DealPolicyCheck policyCheck;

	private final ReconcileScope scope;

	private final String crmFile;

	private final String idColumn;

	PartitionClassifier(GroupClassifier classifier, DealPolicyCheck policyCheck, ReconcileScope scope, String crmFile,
			String idColumn) {
		this.classifier = classifier;
		this.policyCheck = policyCheck;
		this.scope = scope;
		this.crmFile = crmFile;
		this.idColumn = idColumn;
	}

	PartitionResult classify(PartitionRows rows) {
		PartitionResult result = new PartitionResult();
		Map<String, CrmDeal> deals = firstRowOfEachId(rows.deals(), result);
		Map<String, List<ErpInvoice>> byReference = new HashMap<>();
		List<ErpInvoice> unreferenced = new ArrayList<>();
		for (ErpInvoice line : rows.lines()) {
			if (line.dealRef() == null) {
				unreferenced.add(line);
			}
			else {
				byReference.computeIfAbsent(line.dealRef(), (ref) -> new ArrayList<>(2)).add(line);
			}
		}
		for (CrmDeal deal : deals.values()) {
			List<ErpInvoice> lines = byReference.remove(deal.dealId());
			classifyDeal(deal, (lines != null) ? lines : List.of(), result);
		}
		Map<String, Long> rejectedLines = rejectedLines(rows.rejectedIds());
		byReference.forEach((reference, lines) -> classifyOrphans(reference, lines, rejectedLines.get(reference),
				result));
		classifyOrphans("", unreferenced, null, result);
		return result;
	}

	private Map<String, CrmDeal> firstRowOfEachId(List<CrmDeal> rows, PartitionResult result) {
		List<CrmDeal> inFileOrder = new ArrayList<>(rows);
		inFileOrder.sort(Comparator.comparingLong(CrmDeal::line));
		Map<String, CrmDeal> deals = new LinkedHashMap<>();
		for (CrmDeal deal : inFileOrder) {
			CrmDeal first = deals.putIfAbsent(deal.dealId(), deal);
			if (first != null) {
				result.repeatedIds.add(new Rejection(this.crmFile, deal.line(), this.idColumn, "Deal id " + deal.dealId()
						+ " is used again: the first row with it is on line " + first.line() + ".", null, deal.dealId()));
			}
		}
		result.acceptedDeals = deals.size();
		return deals;
	}

	private void classifyDeal(CrmDeal deal, List<ErpInvoice> lines, PartitionResult result) {
		GroupOutcome outcome = this.classifier.classify(new DealGroup(deal.dealId(), deal, InvoiceLines.assemble(lines)));
		List<PolicyDecision> decisions = List.of();
		if (outcome.wonDealInScope()) {
			PolicyVerdict verdict = this.policyCheck.verdict(deal);
			outcome = outcome.with(verdict.findings());
			decisions = verdict.decisions();
			result.dealsInScope++;
			result.matchedDeals += outcome.matchedDeal() ? 1 : 0;
		}
		if (deal.won() && this.scope.includesDeal(deal)) {
			result.volumes.addWonDeal(deal.currency(), deal.amount());
			for (ErpInvoice line : lines) {
				if (line.live()) {
					result.volumes.addBilledLine(line.currency(), line.amount());
				}
			}
		}
		List<Finding> findings = outcome.findings();
		for (int i = 0; i < findings.size(); i++) {
			result.findings.add(new PartitionResult.PlacedFinding(deal.line(), i, FindingRow.asStored(findings.get(i))));
		}
		if (findings.stream().anyMatch(PartitionClassifier::namesTheDealLater)) {
			result.findingDeals.add(new PartitionResult.FindingDeal(deal,
					findings.stream().anyMatch((f) -> f.type() == FindingType.MISSING_IN_ERP)));
		}
		for (PolicyDecision decision : decisions) {
			result.decisions.add(new PartitionResult.PlacedDecision(deal.dealId(), deal.line(), decision));
		}
	}

	/**
	 * Whether something reads the deal's row after the run: backfill plans from {@code MISSING_IN_ERP}
	 * deals, and the risk report names the account of every finding with money at risk.
	 */
	private static boolean namesTheDealLater(Finding finding) {
		return finding.type() == FindingType.MISSING_IN_ERP
				|| (finding.atRisk() != null && finding.atRisk().signum() != 0);
	}

	/** Each invoice on its own, so its finding's position depends on nothing but its own first line. */
	private void classifyOrphans(String reference, List<ErpInvoice> lines, Long rejectedDealLine,
			PartitionResult result) {
		if (lines.isEmpty()) {
			return;
		}
		for (ErpInvoice invoice : InvoiceLines.assemble(lines)) {
			GroupOutcome outcome = this.classifier.classify(new DealGroup(reference, null, List.of(invoice),
					rejectedDealLine));
			List<Finding> findings = outcome.findings();
			for (int i = 0; i < findings.size(); i++) {
				result.findings.add(new PartitionResult.PlacedFinding(ORPHAN_BASE + invoice.line(), i,
						FindingRow.asStored(findings.get(i))));
			}
		}
	}

	private static Map<String, Long> rejectedLines(List<SpilledRecords.RejectedId> rejected) {
		Map<String, Long> lines = new HashMap<>();
		for (SpilledRecords.RejectedId id : rejected) {
			lines.merge(id.id(), id.line(), Math::min);
		}
		return lines;
	}

}
