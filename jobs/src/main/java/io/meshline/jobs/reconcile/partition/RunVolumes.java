package io.meshline.jobs.reconcile.partition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's volumes per currency, kept in {@code ML_RUN_VOLUME} because the rows they count are not
 * stored: the won deals in scope and their amount ({@code WON_DEALS}), and the live invoice lines
 * that reference them and their amount, in the currency they were billed in ({@code BILLED_LINES}).
 * The month-end pack and drift read them. Not thread-safe; one per partition, then merged.
 */
public final class RunVolumes {

	public static final String WON_DEALS = "WON_DEALS";

	public static final String BILLED_LINES = "BILLED_LINES";

	private final Map<String, Volume> won = new TreeMap<>();

	private final Map<String, Volume> billed = new TreeMap<>();

	void addWonDeal(String currency, BigDecimal amount) {
		this.won.computeIfAbsent(currency, (c) -> new Volume()).add(amount);
	}

	void addBilledLine(String currency, BigDecimal amount) {
		this.billed.computeIfAbsent(currency, (c) -> new Volume()).add(amount);
	}

	void addAll(RunVolumes other) {
		other.won.forEach((currency, v) -> this.won.computeIfAbsent(currency, (c) -> new Volume()).add(v));
		other.billed.forEach((currency, v) -> this.billed.computeIfAbsent(currency, (c) -> new Volume()).add(v));
	}

	/** Replaces the run's stored volumes. */
	void store(JdbcTemplate jdbc, long runId) {
		jdbc.update("DELETE FROM ML_RUN_VOLUME WHERE RUN_ID = ?", runId);
		List<Object[]> rows = new ArrayList<>();
		this.won.forEach((currency, v) -> rows.add(new Object[] { runId, WON_DEALS, currency, v.rows, v.amount }));
		this.billed.forEach((currency, v) -> rows.add(new Object[] { runId, BILLED_LINES, currency, v.rows, v.amount }));
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO ML_RUN_VOLUME (RUN_ID, MEASURE, CURRENCY, ROW_COUNT, AMOUNT) "
					+ "VALUES (?, ?, ?, ?, ?)", rows);
		}
	}

	private static final class Volume {

		private long rows;

		private BigDecimal amount = BigDecimal.ZERO;

		void add(BigDecimal value) {
			this.rows++;
			this.amount = this.amount.add(value);
		}

		void add(Volume other) {
			this.rows += other.rows;
			this.amount = this.amount.add(other.amount);
		}

	}

}
