package io.meshline.jobs.exceptions;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.reconcile.Finding;
import io.meshline.jobs.reconcile.FindingRow;

/**
 * Reads one run's findings from {@code ML_FINDING} a page of whole deal groups at a time. Group
 * numbers are sparse (a run-level finding such as DRIFT sorts last with the highest possible number),
 * so pages follow the findings, not the numbers.
 */
final class RunFindings {

	/**
	 * The primary key's order, run included: HSQLDB then walks the key and stops after the page, where
	 * {@code ORDER BY GROUP_SEQ} read every later finding of the run for each page (about half a second
	 * per page at 60,000 findings).
	 */
	private static final String ORDER = " ORDER BY RUN_ID, GROUP_SEQ, ITEM_NO";

	private final JdbcTemplate jdbc;

	private final long runId;

	RunFindings(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	/**
	 * A page of findings in report order, whole groups only.
	 *
	 * @param findings the findings; empty when no group follows
	 * @param lastGroup the group number of the last finding, where the next page starts after
	 * @param last whether no group follows this page
	 */
	record Page(List<Finding> findings, long lastGroup, boolean last) {

	}

	/**
	 * The findings of the groups after group {@code after}: about {@code rows} of them, fewer when
	 * the page would end inside a group, more when a single group holds more than {@code rows}.
	 */
	Page after(long after, int rows) {
		List<Finding> findings = new ArrayList<>();
		List<Long> groups = new ArrayList<>();
		this.jdbc.query("SELECT * FROM ML_FINDING WHERE RUN_ID = ? AND GROUP_SEQ > ?" + ORDER + " FETCH FIRST "
				+ rows + " ROWS ONLY", (rs) -> {
					groups.add(rs.getLong("GROUP_SEQ"));
					findings.add(FindingRow.read(rs));
				}, this.runId, after);
		if (findings.size() < rows) {
			return new Page(findings, findings.isEmpty() ? after : groups.get(groups.size() - 1), true);
		}
		// The last group may go on past the page: leave it to the next one.
		long lastGroup = groups.get(groups.size() - 1);
		int cut = groups.indexOf(lastGroup);
		if (cut > 0) {
			return new Page(findings.subList(0, cut), groups.get(cut - 1), false);
		}
		return new Page(this.jdbc.query("SELECT * FROM ML_FINDING WHERE RUN_ID = ? AND GROUP_SEQ = ?" + ORDER,
				(rs, n) -> FindingRow.read(rs), this.runId, lastGroup), lastGroup, false);
	}

}
