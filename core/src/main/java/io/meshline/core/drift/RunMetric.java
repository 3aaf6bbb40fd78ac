package io.meshline.core.drift;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One volume of a run: {@code deals} (won deals in scope), {@code invoices} (invoice lines
 * accepted), {@code won_amount} per currency, {@code match_rate} and {@code duplicate_rate}
 * (percent of the deals in scope). Immutable.
 *
 * @param name the metric; never {@code null}
 * @param currency the currency of an amount metric, {@code null} for counts and rates
 * @param value the value, at the metric's scale; never {@code null}
 */
public record RunMetric(String name, String currency, BigDecimal value) {

	public static final String DEALS = "deals";

	public static final String INVOICES = "invoices";

	public static final String WON_AMOUNT = "won_amount";

	public static final String MATCH_RATE = "match_rate";

	public static final String DUPLICATE_RATE = "duplicate_rate";

	public RunMetric {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
	}

	/** The metric's name, with its currency for amounts: {@code won_amount:USD}. */
	public String key() {
		return (this.currency != null) ? this.name + ":" + this.currency : this.name;
	}

	/** Whether a run without this metric had, in effect, zero of it (a currency with no won deal). */
	public boolean absentMeansZero() {
		return this.currency != null;
	}

}
