package io.meshline.core.drift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * The band a run's metric is expected in: from the lowest to the highest value of the trailing
 * runs, each end widened by a tolerance in percent of itself ({@code min × (1 − t)} to
 * {@code max × (1 + t)}), rounded outwards to the metric's scale. A metric that stayed at zero has
 * the band 0 to 0, so any non-zero value is outside it. Immutable.
 *
 * @param low the lowest value inside the band
 * @param high the highest value inside the band
 * @param runs how many trailing runs the band is drawn from
 */
public record DriftBand(BigDecimal low, BigDecimal high, int runs) {

	/** The fewest trailing runs a band is drawn from; with fewer, nothing is said. */
	public static final int MINIMUM_RUNS = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * @param trailing the metric in each trailing run (a run without it counts as given by the caller)
	 * @param tolerancePercent how far to widen each end, in percent; not negative
	 * @param scale the metric's scale
	 * @return the band, or empty with fewer than {@link #MINIMUM_RUNS} values
	 */
	public static Optional<DriftBand> of(Collection<BigDecimal> trailing, BigDecimal tolerancePercent, int scale) {
		if (trailing.size() < MINIMUM_RUNS) {
			return Optional.empty();
		}
		BigDecimal min = trailing.stream().min(BigDecimal::compareTo).orElseThrow();
		BigDecimal max = trailing.stream().max(BigDecimal::compareTo).orElseThrow();
		BigDecimal t = tolerancePercent.divide(HUNDRED);
		BigDecimal low = min.multiply(BigDecimal.ONE.subtract(t)).max(BigDecimal.ZERO).setScale(scale, RoundingMode.FLOOR);
		BigDecimal high = max.multiply(BigDecimal.ONE.add(t)).setScale(scale, RoundingMode.CEILING);
		return Optional.of(new DriftBand(low, high, trailing.size()));
	}

	public boolean contains(BigDecimal value) {
		return value.compareTo(this.low) >= 0 && value.compareTo(this.high) <= 0;
	}

	/** The sentence a DRIFT finding carries. */
	public String describe(RunMetric metric, BigDecimal tolerancePercent) {
		return metric.key() + " is " + metric.value().toPlainString() + ", outside the band "
				+ this.low.toPlainString() + " to " + this.high.toPlainString() + " of the last " + this.runs
				+ " runs (their range widened by " + tolerancePercent.stripTrailingZeros().toPlainString() + "%).";
	}

}
