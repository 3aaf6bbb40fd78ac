package io.meshline.jobs.reconcile.partition;

import java.math.BigDecimal;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

/**
 * The sizes the stored columns hold (ids in findings and ledgers, amounts in DECIMAL(30, 6)). A
 * record beyond them is rejected with a reason rather than cut, because a cut id would match the
 * wrong record.
 */
final class StorageLimits {

	static final int MAX_ID_LENGTH = 256;

	/** DECIMAL(30, 6) holds 24 integer digits. */
	private static final int MAX_INTEGER_DIGITS = 24;

	private StorageLimits() {
	}

	/** Why the deal cannot be kept, or {@code null}. */
	static String problemOf(CrmDeal d) {
		return firstProblem(d.dealId(), "deal id", d.accountId(), "account id", d.amount());
	}

	/** Why the invoice line cannot be kept, or {@code null}. */
	static String problemOf(ErpInvoice i) {
		String problem = firstProblem(i.invoiceId(), "invoice id", i.customerId(), "customer id", i.amount());
		return (problem != null) ? problem : idProblem(i.dealRef(), "deal reference");
	}

	private static String firstProblem(String id, String idName, String otherId, String otherName, BigDecimal amount) {
		String problem = idProblem(id, idName);
		if (problem == null) {
			problem = idProblem(otherId, otherName);
		}
		if (problem == null && amount != null && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			problem = "the amount " + amount.toPlainString() + " has more than " + MAX_INTEGER_DIGITS
					+ " integer digits.";
		}
		return problem;
	}

	private static String idProblem(String id, String name) {
		if (id != null && id.length() > MAX_ID_LENGTH) {
			return "the " + name + " is " + id.length() + " characters long; at most " + MAX_ID_LENGTH + " are kept.";
		}
		return null;
	}

}
