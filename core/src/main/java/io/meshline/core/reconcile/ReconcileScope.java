package io.meshline.core.reconcile;

import java.time.LocalDate;
import java.util.Objects;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * Which deals and which orphan invoices a run looks at. Without a window everything is in scope;
 * with one, the deals closed in the {@code days} days ending on {@code asOf} (both ends included)
 * and the invoices dated in those days. Immutable.
 */
public final class ReconcileScope {

	private final LocalDate from;

	private final LocalDate to;

	private ReconcileScope(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
	}

	/** Everything in the files is in scope. */
	public static ReconcileScope everything() {
		return new ReconcileScope(null, null);
	}

	/** The {@code days} days up to and including {@code asOf}. */
	public static ReconcileScope window(LocalDate asOf, int days) {
		Objects.requireNonNull(asOf, "asOf");
		if (days < 1) {
			throw new IllegalArgumentException("The window must be at least one day, not " + days + ".");
		}
		return new ReconcileScope(asOf.minusDays(days - 1L), asOf);
	}

	/** A deal without a close date (an open one) is in scope only when everything is. */
	public boolean includesDeal(CrmDeal deal) {
		return (deal.closeDate() != null) ? includes(deal.closeDate()) : this.from == null;
	}

	/** Whether an invoice that references no deal of the CRM file counts as an orphan in this run. */
	public boolean includesOrphan(ErpInvoice invoice) {
		return includes(invoice.invoiceDate());
	}

	private boolean includes(LocalDate date) {
		return this.from == null || (!date.isBefore(this.from) && !date.isAfter(this.to));
	}

	@Override
	public String toString() {
		return (this.from == null) ? "everything" : this.from + ".." + this.to;
	}

}
