package io.meshline.core.exceptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/** Findings for the exception tests, with only what routing and keys look at. */
final class Findings {

	private Findings() {
	}

	static Finding deal(FindingType type, String dealId, String owner, String amount) {
		return new Finding(type, dealId, List.of(), "A-1", null, "USD", new BigDecimal(amount), null, null,
				LocalDate.of(2026, 10, 1), null, owner, null, null, "detail");
	}

	static Finding orphan(String reference, String invoiceId) {
		return new Finding(FindingType.ORPHAN_IN_ERP, reference, List.of(invoiceId), null, "C-1", "EUR", null,
				new BigDecimal("50.00"), null, null, LocalDate.of(2026, 10, 2), null, null, null, "detail");
	}

}
