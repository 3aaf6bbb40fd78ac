package io.meshline.core.money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of money per currency, kept at each currency's scale. Not thread-safe.
 */
public final class MoneyTotals {

	private final Map<String, BigDecimal> totals = new TreeMap<>();

	/** Adds {@code amount} to the total of {@code currency}; a {@code null} amount adds nothing. */
	public void add(String currency, BigDecimal amount) {
		if (amount == null) {
			return;
		}
		this.totals.merge(currency, CurrencyScale.atScale(amount, currency), BigDecimal::add);
	}

	/** Adds every total of {@code other} to this one. */
	public void addAll(MoneyTotals other) {
		other.totals.forEach(this::add);
	}

	/** The totals by currency code, in code order, as plain strings at each currency's scale. */
	public Map<String, String> asStrings() {
		Map<String, String> out = new TreeMap<>();
		this.totals.forEach((currency, amount) -> out.put(currency, amount.toPlainString()));
		return Collections.unmodifiableMap(out);
	}

	/** The totals by currency code, in code order. */
	public Map<String, BigDecimal> asMap() {
		return Collections.unmodifiableMap(this.totals);
	}

}
