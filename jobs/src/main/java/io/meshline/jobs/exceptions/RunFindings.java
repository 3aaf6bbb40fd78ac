package io.meshline.jobs.exceptions;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.reconcile.Finding;
import io.meshline.jobs.reconcile.FindingRow;

/** Reads one run's findings from {@code ML_FINDING} a range of deal groups at a time. */
final class RunFindings {

	private final JdbcTemplate jdbc;

	private final long runId;

	RunFindings(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	/** The highest group number holding a finding, or -1 when the run found nothing. */
	long lastGroup() {
		Long last = this.jdbc.queryForObject("SELECT MAX(GROUP_SEQ) FROM ML_FINDING WHERE RUN_ID = ?", Long.class,
				this.runId);
		return (last != null) ? last : -1L;
	}

	/**
	 * The group number that ends the next page: the group of the {@code rows}-th finding after group
	 * {@code after}, or -1 when none follows. Group numbers are sparse (a run-level finding such as
	 * DRIFT sorts last with the highest possible number), so pages follow the findings, not the numbers.
	 */
	long pageEndAfter(long after, int rows) {
		JdbcTemplate page = new JdbcTemplate(this.jdbc.getDataSource());
		page.setMaxRows(rows);
		List<Long> groups = page.query("SELECT GROUP_SEQ FROM ML_FINDING WHERE RUN_ID = ? AND GROUP_SEQ > ? "
				+ "ORDER BY GROUP_SEQ", (rs, n) -> rs.getLong(1), this.runId, after);
		return groups.isEmpty() ? -1L : groups.get(groups.size() - 1);
	}

	/** The findings of the groups after {@code after} up to and including {@code upTo}, in report order. */
	List<Finding> groups(long after, long upTo) {
		return this.jdbc.query("SELECT * FROM ML_FINDING WHERE RUN_ID = ? AND GROUP_SEQ > ? AND GROUP_SEQ <= ? "
				+ "ORDER BY GROUP_SEQ, ITEM_NO", (rs, n) -> FindingRow.read(rs), this.runId, after, upTo);
	}

}
