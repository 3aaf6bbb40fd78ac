package io.meshline.jobs.manifest;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code ML_RUN_MANIFEST}: a run's files, options and tool version, in the order recorded. */
@Component
public class RunManifest {

	private final JdbcTemplate jdbc;

	public RunManifest(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Replaces the manifest of {@code runId} (in the caller's transaction). */
	public void record(long runId, List<ManifestEntry> entries) {
		this.jdbc.update("DELETE FROM ML_RUN_MANIFEST WHERE RUN_ID = ?", runId);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			ManifestEntry e = entries.get(i);
			rows.add(new Object[] { runId, i, e.role(), e.option(), e.value(), e.sha256(), e.size() });
		}
		this.jdbc.batchUpdate("INSERT INTO ML_RUN_MANIFEST (RUN_ID, POS, ROLE, OPTION_NAME, ORIGINAL_PATH, SHA256, "
				+ "SIZE_BYTES) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/** The manifest of {@code runId}; empty when the run recorded none. */
	public List<ManifestEntry> of(long runId) {
		return this.jdbc.query("SELECT * FROM ML_RUN_MANIFEST WHERE RUN_ID = ? ORDER BY POS",
				(rs, row) -> new ManifestEntry(rs.getString("ROLE"), rs.getString("OPTION_NAME"),
						rs.getString("ORIGINAL_PATH"), rs.getString("SHA256"), (Long) rs.getObject("SIZE_BYTES", Long.class)),
				runId);
	}

}
