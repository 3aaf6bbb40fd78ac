package io.meshline.jobs.support;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a bulk step write to the embedded database without its redo log, and makes the step's work
 * durable with one checkpoint as the step ends. HSQLDB logs every row written as the text of an SQL
 * statement, which was half the time spent storing a night's findings and exceptions.
 * <p>
 * Why a crash inside such a step loses nothing but the step's own work: on reopening, HSQLDB puts the
 * data file back as it was at the last checkpoint (from its incremental backup) and replays the log,
 * which holds every change committed before the step began; the step is then done again, as after any
 * crash. The checkpoint comes before logging is switched back on, so no logged change can ever be
 * replayed on top of rows the log does not know; if the checkpoint fails, logging stays off and the
 * rest of the run is lost together with the step, never half of it. The schema script switches
 * logging on whenever the database is opened, in case a process died between the two.
 * <p>
 * Files that stand for committed rows (the audit head) must not run ahead of them: they wait for the
 * checkpoint ({@link #whenDurable}). One job runs per process (the data directory lock keeps others
 * out), so no other work shares the unlogged window. Only the embedded file database of a data
 * directory is switched: an HSQLDB server may have other clients, and PostgreSQL logs as usual.
 */
@Component
public class UnloggedBulkWrites implements StepExecutionListener {

	private final JdbcTemplate jdbc;

	private final boolean embedded;

	private final List<Runnable> waiting = new ArrayList<>();

	private boolean unlogged;

	/**
	 * @param url the database's JDBC URL: only a {@code jdbc:hsqldb:file:} database is written unlogged
	 */
	public UnloggedBulkWrites(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.embedded = url.startsWith("jdbc:hsqldb:file:");
	}

	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		if (this.embedded && !this.unlogged) {
			this.jdbc.execute("SET FILES LOG FALSE");
			this.unlogged = true;
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		List<Runnable> durable;
		synchronized (this) {
			if (!this.unlogged) {
				return null;
			}
			this.jdbc.execute("CHECKPOINT");
			this.jdbc.execute("SET FILES LOG TRUE");
			this.unlogged = false;
			durable = List.copyOf(this.waiting);
			this.waiting.clear();
		}
		durable.forEach(Runnable::run);
		return null;
	}

	/** Runs {@code action} once what is committed so far would survive a crash: now, or after the step's checkpoint. */
	public void whenDurable(Runnable action) {
		synchronized (this) {
			if (this.unlogged) {
				this.waiting.add(action);
				return;
			}
		}
		action.run();
	}

}
