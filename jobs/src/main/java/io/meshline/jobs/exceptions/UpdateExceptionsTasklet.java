package io.meshline.jobs.exceptions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.exceptions.ExceptionRouting;

/**
 * {@code updateExceptionsStep}: turns a run's findings into exceptions, then resolves the open
 * exceptions the run could have found and did not ({@link RunScope}). Each call handles one slice
 * (a range of deal groups, then a page of resolutions) in its own transaction. The run's time and
 * scope are stored on the first call, and a row is changed only by a run newer than the last one
 * that checked it, so a restart, or a rerun for the same run, changes nothing twice.
 */
public class UpdateExceptionsTasklet implements Tasklet {

	/** Findings per transaction: each page costs a commit and a few statements, its rows go in batches. */
	static final int FINDINGS_PER_CALL = 5000;

	static final int RESOLUTIONS_PER_CALL = 5000;

	private final JdbcTemplate jdbc;

	private final ExceptionStore store;

	private final ExceptionRouting routing;

	private final RunScope scope;

	private final long runId;

	private final Clock clock;

	private final int findingsPerCall;

	private final int resolutionsPerCall;

	private long doneUpTo = -1;

	private String resolvedUpTo = "";

	private boolean findingsDone;

	/** Known from the first call on: what the store held as this execution began. */
	private StoredKeys storedKeys;

	public UpdateExceptionsTasklet(JdbcTemplate jdbc, ExceptionStore store, ExceptionRouting routing,
			RunScope scope, long runId, Clock clock) {
		this(jdbc, store, routing, scope, runId, clock, FINDINGS_PER_CALL, RESOLUTIONS_PER_CALL);
	}

	/** With other page sizes, for tests of page boundaries. */
	UpdateExceptionsTasklet(JdbcTemplate jdbc, ExceptionStore store, ExceptionRouting routing, RunScope scope,
			long runId, Clock clock, int findingsPerCall, int resolutionsPerCall) {
		this.jdbc = jdbc;
		this.store = store;
		this.routing = routing;
		this.scope = scope;
		this.runId = runId;
		this.clock = clock;
		this.findingsPerCall = findingsPerCall;
		this.resolutionsPerCall = resolutionsPerCall;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Slice slice = next();
		contribution.incrementWriteCount(slice.changed());
		return slice.last() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

	/** What one call did: how many findings or resolutions it handled, and whether it was the last. */
	record Slice(int changed, boolean last) {
	}

	/** Handles the next slice: a range of deal groups while there are any, then a page of resolutions. */
	Slice next() {
		Instant at = runTime();
		if (this.storedKeys == null) {
			this.storedKeys = StoredKeys.atStart(this.jdbc);
		}
		if (!this.findingsDone) {
			RunFindings.Page page = new RunFindings(this.jdbc, this.runId).after(this.doneUpTo, this.findingsPerCall);
			this.findingsDone = page.last();
			this.doneUpTo = page.lastGroup();
			if (!page.findings().isEmpty()) {
				this.store.found(page.findings(), this.routing, this.scope, this.runId, at, this.clock.getZone(),
						this.storedKeys);
				return new Slice(page.findings().size(), false);
			}
		}
		if (this.storedKeys.onlyOwn()) {
			// Every exception stored is this run's own: none can be gone.
			return new Slice(0, true);
		}
		// Resolved rows drop out of the query anyway; starting after the last key spares walking past them.
		List<StoredStatus> gone = StoredStatuses.goneFrom(this.jdbc, this.scope, this.runId, this.resolvedUpTo,
				this.resolutionsPerCall);
		this.store.resolveGone(gone, this.runId, at);
		if (!gone.isEmpty()) {
			this.resolvedUpTo = gone.get(gone.size() - 1).key();
		}
		return new Slice(gone.size(), gone.size() < this.resolutionsPerCall);
	}

	/** The time the run checks exceptions at: stored by the first call, so a restart keeps it. */
	private Instant runTime() {
		List<Instant> stored = this.jdbc.query("SELECT CHECKED_AT FROM ML_EXCEPTION_RUN WHERE RUN_ID = ?",
				(rs, n) -> rs.getTimestamp(1).toInstant(), this.runId);
		if (!stored.isEmpty()) {
			return stored.get(0);
		}
		Instant now = this.clock.instant();
		this.jdbc.update("INSERT INTO ML_EXCEPTION_RUN (RUN_ID, CHECKED_AT, SOURCE, WINDOW_FROM, WINDOW_TO) "
				+ "VALUES (?, ?, ?, ?, ?)", this.runId, Timestamp.from(now), this.scope.source(),
				(this.scope.windowFrom() != null) ? java.sql.Date.valueOf(this.scope.windowFrom()) : null,
				(this.scope.windowTo() != null) ? java.sql.Date.valueOf(this.scope.windowTo()) : null);
		return now;
	}

}
