package io.meshline.reports.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long ago a deal at risk closed, counted in days from its close date to the report date. A
 * deal closed after the report date counts as 0 days old.
 */
public enum AgeBucket {

	DAYS_0_30("0–30 days", "0-30"), DAYS_31_60("31–60 days", "31-60"), DAYS_61_90("61–90 days", "61-90"),
	OVER_90("Over 90 days", "over-90");

	private final String label;

	private final String csvLabel;

	AgeBucket(String label, String csvLabel) {
		this.label = label;
		this.csvLabel = csvLabel;
	}

	/** The bucket of a deal closed on {@code closeDate}, seen on {@code reportDate}. */
	public static AgeBucket of(LocalDate closeDate, LocalDate reportDate) {
		long days = Math.max(0, ChronoUnit.DAYS.between(closeDate, reportDate));
		if (days <= 30) {
			return DAYS_0_30;
		}
		if (days <= 60) {
			return DAYS_31_60;
		}
		return (days <= 90) ? DAYS_61_90 : OVER_90;
	}

	public String label() {
		return this.label;
	}

	/** The label in CSV headers, ASCII only: {@code 0-30}. */
	public String csvLabel() {
		return this.csvLabel;
	}

}
