package io.meshline.jobs.backfill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.readers.crosswalk.CrosswalkReader;

/** The completed reconcile runs a backfill reads from: found by run id or by output folder. */
public class SourceRuns {

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	public SourceRuns(JdbcTemplate jdbc, JobRepository jobRepository) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
	}

	/**
	 * The run id {@code from} names: a completed run's id, or the output folder it wrote.
	 * @throws IllegalArgumentException when no completed reconcile run matches
	 */
	public long resolve(String from) {
		if (from.chars().allMatch(Character::isDigit) && !from.isEmpty()) {
			long run = Long.parseLong(from);
			if (count("SELECT COUNT(*) FROM ML_RUN WHERE RUN_ID = ?", run) == 0) {
				throw new IllegalArgumentException("There is no completed reconcile run " + run
						+ " in this data directory; 'meshline jobs list' shows the runs.");
			}
			return run;
		}
		String folder = Path.of(from).toAbsolutePath().normalize().toString();
		List<Long> runs = this.jdbc.queryForList("SELECT RUN_ID FROM ML_RUN WHERE OUT_DIR = ? ORDER BY RUN_ID DESC",
				Long.class, folder);
		if (runs.isEmpty()) {
			throw new IllegalArgumentException("No completed reconcile run wrote to " + folder
					+ "; give --from a run id or the --out folder of a completed run.");
		}
		return runs.get(0);
	}

	/** The crosswalk the run used, account to ERP customer; empty when it used none or the file is gone. */
	Map<String, String> crosswalkOf(long run) {
		JobInstance instance;
		try {
			instance = this.jobRepository.getJobInstance(run);
		}
		catch (EmptyResultDataAccessException ex) {
			instance = null;
		}
		JobExecution last = (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
		String path = (last != null) ? last.getJobParameters().getString("crosswalk.path") : null;
		if (path == null || !Files.isRegularFile(Path.of(path))) {
			return Map.of();
		}
		try {
			return CrosswalkReader.read(Path.of(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the crosswalk " + path + " of run " + run + ".", ex);
		}
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0L;
	}

}
