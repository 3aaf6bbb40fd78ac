package io.meshline.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import io.meshline.core.money.CurrencyScale;

/**
 * Amounts as people read them in reports: grouped thousands, exactly the currency's decimals
 * ({@code 1,234.50} USD, {@code 1,235} JPY). Never rounds: an amount with more decimals than its
 * currency is an error upstream. Stateless and thread-safe.
 */
public final class Amounts {

	private Amounts() {
	}

	/** {@code amount} formatted at the scale of {@code currency}; {@code null} gives {@code null}. */
	public static String format(BigDecimal amount, String currency) {
		if (amount == null) {
			return null;
		}
		int scale = CurrencyScale.scaleOf(currency);
		DecimalFormat format = new DecimalFormat((scale == 0) ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(CurrencyScale.atScale(amount, currency));
	}

	/** {@code USD 1,234.50}. */
	public static String withCode(BigDecimal amount, String currency) {
		return currency + " " + format(amount, currency);
	}

	/** {@code EUR 10.00 · USD 1,234.50}, or {@code none} for an empty map. */
	public static String list(Map<String, BigDecimal> byCurrency, String separator) {
		if (byCurrency.isEmpty()) {
			return "none";
		}
		StringJoiner joined = new StringJoiner(separator);
		byCurrency.forEach((currency, amount) -> joined.add(withCode(amount, currency)));
		return joined.toString();
	}

	/** The plain amount at the currency's scale, for CSV files: {@code 1234.50}. */
	public static String plain(BigDecimal amount, String currency) {
		return (amount != null) ? CurrencyScale.atScale(amount, currency).toPlainString() : null;
	}

}
