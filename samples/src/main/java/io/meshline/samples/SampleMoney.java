package io.meshline.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.meshline.core.money.CurrencyScale;

/**
 * Amounts for generated deals and invoices, always at the currency's scale and computed in
 * minor units so splits add up to the cent. Stateless and thread-safe.
 */
final class SampleMoney {

	private SampleMoney() {
	}

	/** A deal amount between about 1,000 and 120,000 (in yen about 150 times that), often round. */
	static BigDecimal dealAmount(Random random, String currency) {
		long units = 1_000 + random.nextInt(119_000);
		units -= units % ((random.nextInt(3) == 0) ? 1 : 50);
		int scale = CurrencyScale.scaleOf(currency);
		if (scale == 0) {
			return BigDecimal.valueOf(units * unitsPerDollar(currency) / 100 * 100);
		}
		long cents = (random.nextInt(4) == 0) ? random.nextInt(100) : 0;
		return BigDecimal.valueOf(units * 100 + cents, 2).setScale(scale, RoundingMode.UNNECESSARY);
	}

	/** {@code amount} expressed in {@code to}, at a rough fixed rate, at {@code to}'s scale. */
	static BigDecimal convert(BigDecimal amount, String from, String to) {
		return amount.multiply(BigDecimal.valueOf(unitsPerDollar(to)))
			.divide(BigDecimal.valueOf(unitsPerDollar(from)), CurrencyScale.scaleOf(to), RoundingMode.HALF_UP);
	}

	/** A difference well beyond the 0.01 tolerance: 1% to 30% of {@code amount}, at least two minor units. */
	static BigDecimal gap(Random random, BigDecimal amount) {
		long minor = amount.unscaledValue().longValueExact();
		long gap = Math.max(2, minor * (1 + random.nextInt(30)) / 100);
		return BigDecimal.valueOf(gap, amount.scale());
	}

	/** One minor unit of {@code amount}'s scale: 0.01 for cents. */
	static BigDecimal minorUnit(BigDecimal amount) {
		return BigDecimal.ONE.movePointLeft(amount.scale());
	}

	/** {@code amount} split into {@code parts} positive amounts that add up to it exactly. */
	static List<BigDecimal> split(Random random, BigDecimal amount, int parts) {
		long minor = amount.unscaledValue().longValueExact();
		List<BigDecimal> out = new ArrayList<>(parts);
		long left = minor;
		for (int i = parts - 1; i > 0; i--) {
			// Each part takes 20% to 60% of what is left, keeping at least one unit per remaining part.
			long part = Math.max(1, Math.min(left - i, left * (20 + random.nextInt(41)) / 100));
			out.add(BigDecimal.valueOf(part, amount.scale()));
			left -= part;
		}
		out.add(BigDecimal.valueOf(left, amount.scale()));
		return out;
	}

	private static long unitsPerDollar(String currency) {
		return switch (currency) {
			case "JPY" -> 150;
			case "KRW" -> 1_300;
			case "INR" -> 80;
			default -> 1;
		};
	}

}
