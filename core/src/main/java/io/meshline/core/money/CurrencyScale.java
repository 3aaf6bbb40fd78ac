package io.meshline.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * ISO 4217 codes and their minor-unit scales (USD 2, JPY 0, BHD 3). Stateless and thread-safe.
 */
public final class CurrencyScale {

	private CurrencyScale() {
	}

	/** The upper-cased ISO 4217 code, or empty when {@code code} is not one. */
	public static Optional<String> normalise(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String upper = code.trim().toUpperCase(Locale.ROOT);
		if (!upper.matches("[A-Z]{3}")) {
			return Optional.empty();
		}
		try {
			Currency currency = Currency.getInstance(upper);
			return (currency.getDefaultFractionDigits() < 0) ? Optional.empty() : Optional.of(upper);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The number of minor-unit digits of an ISO 4217 code. Codes without minor units in Java's table
	 * ({@code XXX}, "no currency", which DRIFT findings of counts and rates carry) count as 0.
	 */
	public static int scaleOf(String code) {
		return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
	}

	/**
	 * {@code amount} at the currency's scale. Adding zeros is exact; dropping non-zero digits is
	 * refused, because a silent rounding is a wrong invoice.
	 * @throws ArithmeticException when {@code amount} has more significant decimals than the currency
	 */
	public static BigDecimal atScale(BigDecimal amount, String code) {
		return amount.setScale(scaleOf(code), RoundingMode.UNNECESSARY);
	}

	/** Zero at the currency's scale. */
	public static BigDecimal zero(String code) {
		return BigDecimal.ZERO.setScale(scaleOf(code));
	}

}
