package io.meshline.core.contract;

import java.math.BigDecimal;

/**
 * Reads an amount as an export writes it: {@code 1,234.56} or {@code 1.234,56} by
 * {@link DecimalStyle}, an optional sign, an optional leading currency symbol ($ £ € ¥) and
 * parentheses for negatives, {@code (1,234.56)}. Grouping separators must group by three.
 * Refuses everything else, including {@code NaN}, {@code Infinity} and exponents, because a
 * number that is only almost right is a wrong invoice. Stateless and thread-safe.
 */
public final class AmountParser {

	private AmountParser() {
	}

	/** The amount written in {@code text}, or {@code null} when {@code text} is not an amount. */
	public static BigDecimal parse(String text, DecimalStyle style) {
		String s = text.strip();
		boolean negative = false;
		if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
			negative = true;
			s = s.substring(1, s.length() - 1).strip();
		}
		boolean signSeen = negative;
		boolean symbolSeen = false;
		int start = 0;
		// The sign and the symbol come in either order: "-$12.00" and "$-12.00" are both seen.
		while (start < s.length()) {
			char c = s.charAt(start);
			if (isSymbol(c) && !symbolSeen) {
				symbolSeen = true;
			}
			else if (c == ' ' && symbolSeen) {
				// "€ 5": some exports put a space after the symbol
			}
			else if ((c == '-' || c == '+') && !signSeen) {
				signSeen = true;
				negative = c == '-';
			}
			else {
				break;
			}
			start++;
		}
		String digits = plainDigits(s, start, style);
		if (digits == null) {
			return null;
		}
		BigDecimal amount = new BigDecimal(digits);
		return negative ? amount.negate() : amount;
	}

	private static boolean isSymbol(char c) {
		return c == '$' || c == '£' || c == '€' || c == '¥';
	}

	/** The digits with grouping removed and a point for decimals, or {@code null} when malformed. */
	private static String plainDigits(String s, int start, DecimalStyle style) {
		int end = s.length();
		if (start >= end) {
			return null;
		}
		StringBuilder out = new StringBuilder(end - start);
		int digitsInGroup = 0;
		boolean grouped = false;
		boolean inDecimals = false;
		int decimals = 0;
		for (int i = start; i < end; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				out.append(c);
				digitsInGroup++;
				decimals += inDecimals ? 1 : 0;
			}
			else if (c == style.groupingSeparator() && !inDecimals) {
				// 1,234 and 12,345,678 but not ,123 or 1,23 or 1234,567
				if (digitsInGroup == 0 || digitsInGroup > 3 || (grouped && digitsInGroup != 3)) {
					return null;
				}
				grouped = true;
				digitsInGroup = 0;
			}
			else if (c == style.decimalSeparator() && !inDecimals) {
				if (grouped && digitsInGroup != 3) {
					return null;
				}
				inDecimals = true;
				out.append('.');
			}
			else {
				return null;
			}
		}
		boolean noIntegerDigits = out.length() == 0 || out.charAt(0) == '.';
		if ((grouped && !inDecimals && digitsInGroup != 3) || (noIntegerDigits && decimals == 0)) {
			return null;
		}
		return noIntegerDigits ? "0" + out : out.toString();
	}

}
