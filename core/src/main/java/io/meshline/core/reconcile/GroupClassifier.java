package io.meshline.core.reconcile;

import java.util.ArrayList;
import java.util.List;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * Classifies one {@link DealGroup}: a won deal in scope is checked against its invoices; a deal
 * that is not won must have no live invoice; live invoices that reference no deal of the CRM file
 * are orphans when they are in scope. Deals out of scope, and their invoices, are not looked at.
 * Thread-safe.
 */
public final class GroupClassifier {

	private final ReconcileRules rules;

	private final WonDealChecks wonDealChecks;

	public GroupClassifier(ReconcileRules rules) {
		this.rules = rules;
		this.wonDealChecks = new WonDealChecks(rules);
	}

	public GroupOutcome classify(DealGroup group) {
		CrmDeal deal = group.deal();
		if (deal == null) {
			return new GroupOutcome(orphans(group), false);
		}
		if (!this.rules.scope().includesDeal(deal)) {
			return new GroupOutcome(List.of(), false);
		}
		if (deal.won()) {
			return new GroupOutcome(this.wonDealChecks.check(deal, group.invoices()), true);
		}
		return new GroupOutcome(invoicedButNotWon(deal, group.invoices()), false);
	}

	private List<Finding> orphans(DealGroup group) {
		List<Finding> orphans = new ArrayList<>();
		group.invoices().stream().filter(ErpInvoice::live).filter(this.rules.scope()::includesOrphan)
			.sorted(InvoiceOrder.CHRONOLOGICAL).forEach((invoice) -> orphans.add(orphan(group, invoice)));
		return orphans;
	}

	private static Finding orphan(DealGroup group, ErpInvoice invoice) {
		String reference = group.key();
		String detail;
		if (reference.isEmpty()) {
			detail = "Invoice " + invoice.invoiceId() + " references no CRM deal.";
		}
		else if (group.rejectedDealLine() != null) {
			detail = "Invoice " + invoice.invoiceId() + " references " + reference + ", whose CRM row on line "
					+ group.rejectedDealLine() + " was rejected (see rejects.csv).";
		}
		else {
			detail = "Invoice " + invoice.invoiceId() + " references " + reference + ", which is not in the CRM export.";
		}
		return FindingBuilder.forInvoice(FindingType.ORPHAN_IN_ERP, reference, invoice).detail(detail);
	}

	private static List<Finding> invoicedButNotWon(CrmDeal deal, List<ErpInvoice> invoices) {
		List<ErpInvoice> live = WonDealChecks.liveInOrder(invoices);
		if (live.isEmpty()) {
			return List.of();
		}
		String stage = (deal.stage() == null || deal.stage().isBlank()) ? "not won" : "at stage " + deal.stage();
		return List.of(FindingBuilder.forDeal(FindingType.STATUS_CONFLICT, deal)
			.invoices(live)
			.detail("Deal " + deal.dealId() + " is " + stage + " but invoice" + (live.size() == 1 ? " " : "s ")
					+ WonDealChecks.ids(live) + (live.size() == 1 ? " is" : " are") + " live."));
	}

}
