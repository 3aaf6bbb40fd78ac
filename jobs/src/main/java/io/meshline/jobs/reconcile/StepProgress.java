package io.meshline.jobs.reconcile;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a long step on standard error: rows so far, rows per second and, where the step's
 * size can be estimated, the share done and the time left; at most once a second. Quiet unless
 * standard error is a terminal or {@code meshline.progress=always}, so cron logs stay clean. Steps
 * run one after another, so one instance serves them all.
 */
class StepProgress implements StepExecutionListener, ItemWriteListener<Object> {

	private static final long INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

	private final PrintStream out;

	private final boolean enabled;

	private final LongSupplier nanoTime;

	private final Map<String, ToLongFunction<StepExecution>> estimates = new HashMap<>();

	private String step;

	private long started;

	private long lastPrinted;

	private long rows;

	private long expected;

	StepProgress() {
		this(System.err, enabledBy(System.getProperty("meshline.progress", "auto")), System::nanoTime);
	}

	StepProgress(PrintStream out, boolean enabled, LongSupplier nanoTime) {
		this.out = out;
		this.enabled = enabled;
		this.nanoTime = nanoTime;
	}

	private static boolean enabledBy(String setting) {
		return "always".equals(setting) || ("auto".equals(setting) && System.console() != null);
	}

	/**
	 * Estimates how many rows {@code stepName} will write, so progress can say how much is left; the
	 * estimate is asked for only when progress is shown. A negative estimate means unknown.
	 */
	StepProgress expecting(String stepName, ToLongFunction<StepExecution> estimate) {
		this.estimates.put(stepName, estimate);
		return this;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		ToLongFunction<StepExecution> estimate = this.estimates.get(stepExecution.getStepName());
		start(stepExecution.getStepName(), (this.enabled && estimate != null) ? estimate.applyAsLong(stepExecution) : -1);
	}

	void start(String stepName, long expectedRows) {
		this.step = stepName;
		this.started = this.nanoTime.getAsLong();
		this.lastPrinted = this.started;
		this.rows = 0;
		this.expected = expectedRows;
	}

	@Override
	public void afterWrite(Chunk<? extends Object> items) {
		advance(items.size());
	}

	/** Counts {@code done} more rows; steps that read on several threads call it from each. */
	synchronized void advance(long done) {
		this.rows += done;
		long now = this.nanoTime.getAsLong();
		if (this.enabled && now - this.lastPrinted >= INTERVAL_NANOS) {
			this.lastPrinted = now;
			this.out.println(line(now));
		}
	}

	/**
	 * A second phase of a step that reads first: {@code done} of {@code total} parts finished since
	 * {@code phaseStarted} (nanoTime), with the time left at the rate so far; at most once a second.
	 */
	synchronized void parts(String what, int done, int total, long phaseStarted) {
		long now = this.nanoTime.getAsLong();
		if (!this.enabled || now - this.lastPrinted < INTERVAL_NANOS || done == 0 || total <= 0) {
			return;
		}
		this.lastPrinted = now;
		long elapsed = Math.max(1, now - phaseStarted);
		long secondsLeft = (elapsed / done * (total - done) + 999_999_999L) / 1_000_000_000L;
		this.out.printf("%s: %,d of %,d %s (%d%%), about %s left%n", this.step, done, total, what, done * 100 / total,
				TimeLeft.format(secondsLeft));
	}

	@Override
	public synchronized ExitStatus afterStep(StepExecution stepExecution) {
		if (this.enabled && this.rows > 0) {
			this.out.printf("%s: %,d rows done, %,d rows/s%n", this.step, this.rows, rate(this.nanoTime.getAsLong()));
		}
		return stepExecution.getExitStatus();
	}

	private String line(long now) {
		long rate = rate(now);
		if (this.expected <= 0 || rate == 0) {
			return String.format("%s: %,d rows, %,d rows/s", this.step, this.rows, rate);
		}
		long expected = Math.max(this.expected, this.rows);
		long secondsLeft = (expected - this.rows + rate - 1) / rate;
		return String.format("%s: %,d of about %,d rows (%d%%), %,d rows/s, about %s left", this.step, this.rows,
				expected, this.rows * 100 / expected, rate, TimeLeft.format(secondsLeft));
	}

	private long rate(long now) {
		long elapsed = Math.max(1, now - this.started);
		return this.rows * 1_000_000_000L / elapsed;
	}

}
