package io.meshline.jobs.reconcile;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a long step on standard error: rows so far and rows per second, at most once a
 * second. Quiet unless standard error is a terminal or {@code meshline.progress=always}, so cron
 * logs stay clean. Steps run one after another, so one instance serves them all.
 */
class StepProgress implements StepExecutionListener, ItemWriteListener<Object> {

	private static final long INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

	private final PrintStream out = System.err;

	private final boolean enabled;

	private String step;

	private long started;

	private long lastPrinted;

	private long rows;

	StepProgress() {
		String setting = System.getProperty("meshline.progress", "auto");
		this.enabled = "always".equals(setting) || ("auto".equals(setting) && System.console() != null);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.step = stepExecution.getStepName();
		this.started = System.nanoTime();
		this.lastPrinted = this.started;
		this.rows = 0;
	}

	@Override
	public void afterWrite(Chunk<? extends Object> items) {
		this.rows += items.size();
		long now = System.nanoTime();
		if (this.enabled && now - this.lastPrinted >= INTERVAL_NANOS) {
			this.lastPrinted = now;
			this.out.printf("%s: %,d items, %,d items/s%n", this.step, this.rows, rate(now));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.enabled && this.rows > 0) {
			this.out.printf("%s: %,d items done, %,d items/s%n", this.step, this.rows, rate(System.nanoTime()));
		}
		return stepExecution.getExitStatus();
	}

	private long rate(long now) {
		long elapsed = Math.max(1, now - this.started);
		return this.rows * 1_000_000_000L / elapsed;
	}

}
