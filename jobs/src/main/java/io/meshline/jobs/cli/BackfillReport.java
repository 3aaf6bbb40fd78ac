package io.meshline.jobs.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import io.meshline.jobs.backfill.BackfillParameters;
import io.meshline.jobs.backfill.TargetCircuitOpenException;
import io.meshline.jobs.backfill.BatchCounts.Counts;

/** What a backfill prints when it ends, and its exit code. */
final class BackfillReport {

	private final JobExecution execution;

	private final Counts counts;

	BackfillReport(JobExecution execution, Counts counts) {
		this.execution = execution;
		this.counts = counts;
	}

	int print(PrintStream out, PrintStream err) {
		long batch = this.execution.getJobInstance().getInstanceId();
		if (this.execution.getStatus() != BatchStatus.COMPLETED) {
			err.println("meshline: batch " + batch + " " + this.execution.getStatus() + " (execution "
					+ this.execution.getId() + "): " + failure());
			err.println("Nothing committed is lost. Run the same command again, or 'meshline jobs restart "
					+ this.execution.getId() + "', to resume it.");
			return ExitCodes.JOB_FAILED;
		}
		BackfillParameters p = BackfillParameters.from(this.execution.getJobParameters());
		Path folder = Path.of(p.outDir());
		out.println("Batch " + batch + " from reconcile run " + p.fromRun() + " (sample " + p.samplePercent()
				+ "%, target " + p.targetKind() + "): " + this.counts.planned() + " records planned, "
				+ this.counts.leftOut() + " deals left out (see the reasons in the plan).");
		out.println("  Plan: " + folder.resolve("plan.csv"));
		if (p.dryRun()) {
			out.println("  Dry run: nothing was claimed, staged or written to the target.");
		}
		else {
			out.println("  Staged: " + this.counts.staged() + " records. Publish them with 'meshline promote --batch " + batch
					+ "', then check with 'meshline verify --batch " + batch + "'.");
		}
		return ExitCodes.COMPLETED;
	}

	/** The circuit breaker's sentence when it opened (it names the target), else the root cause. */
	private String failure() {
		for (Throwable failure : this.execution.getAllFailureExceptions()) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof TargetCircuitOpenException open) {
					return open.getMessage();
				}
			}
		}
		return ReconcileReport.failureOf(this.execution);
	}

}
