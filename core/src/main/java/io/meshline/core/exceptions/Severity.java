package io.meshline.core.exceptions;

import java.time.Duration;

import io.meshline.core.reconcile.FindingType;

/**
 * How urgent an exception is. {@code HARD}: money is billed wrongly or not at all, or a policy is
 * broken (2-hour SLA by default). {@code SOFT}: the books may still be right but a record needs a
 * look (8-hour SLA by default).
 */
public enum Severity {

	HARD(Duration.ofHours(2)), SOFT(Duration.ofHours(8));

	private final Duration defaultSla;

	Severity(Duration defaultSla) {
		this.defaultSla = defaultSla;
	}

	/** The SLA of an exception of this severity when the routing file sets none. */
	public Duration defaultSla() {
		return this.defaultSla;
	}

	/** The severity of a finding type when the routing file sets none. */
	public static Severity defaultFor(FindingType type) {
		return switch (type) {
			case MISSING_IN_ERP, STATUS_CONFLICT, DUPLICATE_IN_ERP, CURRENCY_MISMATCH, AMOUNT_MISMATCH,
					POLICY_VIOLATION ->
				HARD;
			case CUSTOMER_MISMATCH, UNMAPPED_ACCOUNT, DATE_DRIFT, ORPHAN_IN_ERP, DRIFT -> SOFT;
		};
	}

	/** {@code hard} or {@code soft}, any case. */
	public static Severity parse(String text) {
		for (Severity severity : values()) {
			if (severity.name().equalsIgnoreCase(text.trim())) {
				return severity;
			}
		}
		throw new IllegalArgumentException("severity \"" + text + "\" is not hard or soft");
	}

}
