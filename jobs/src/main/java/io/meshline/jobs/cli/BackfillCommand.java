package io.meshline.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.meshline.core.backfill.SampleSlice;
import io.meshline.jobs.backfill.BackfillLauncher;
import io.meshline.jobs.backfill.BackfillParameters;
import io.meshline.jobs.backfill.BatchCounts;
import io.meshline.jobs.backfill.BatchCounts.Counts;
import io.meshline.jobs.backfill.SourceRuns;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;

/** {@code meshline backfill}: plans, and unless a dry run stages, one ERP invoice per missing deal. */
@Command(name = "backfill", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Plan and stage one ERP invoice for each MISSING_IN_ERP deal of a reconcile run.", "",
				"Writes plan.csv to --out; without --dry-run also stages the invoices for 'meshline promote'. "
						+ "Running the same command again after a failed or killed run resumes it; after a completed "
						+ "one it starts a new batch that leaves out every key already claimed or written." },
		footer = { "", "Exit codes: 0 completed, 1 job failed (restartable), 2 usage or input error,",
				"4 data directory busy." })
class BackfillCommand implements Callable<Integer> {

	@Option(names = "--from", required = true, paramLabel = "RUN",
			description = "The reconcile run: its id, or the --out folder it wrote.")
	String from;

	@Option(names = "--target", required = true, paramLabel = "TARGET",
			description = "netsuite-csv, quickbooks-csv or jdbc.")
	String target;

	@Option(names = "--target-url", paramLabel = "URL", description = "The import file to publish to (default: "
			+ "<out>/<target>-import.csv), or for jdbc the JDBC URL of the ERP integration database.")
	String targetUrl;

	@Option(names = "--dry-run", description = "Write plan.csv only; nothing is claimed, staged or written.")
	boolean dryRun;

	@Option(names = "--sample", paramLabel = "PCT", defaultValue = "100%",
			description = "A deterministic slice by hash of the deal id: 10%% is inside 50%% (default: 100%%).")
	String sample;

	@Option(names = "--chunk", paramLabel = "N", defaultValue = "500",
			description = "Records per committed chunk (default: ${DEFAULT-VALUE}).")
	int chunk;

	@Option(names = "--max-writes", paramLabel = "N", description = "Plan at most N records (in deal id order).")
	Long maxWrites;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Output folder (default: a new folder meshline-out/backfill-<time>-run<N>).")
	Path out;

	@Override
	public Integer call() throws Exception {
		String percent;
		try {
			percent = SampleSlice.parse(this.sample).percentText();
		}
		catch (IllegalArgumentException ex) {
			throw MeshlineExit.usage("--sample: " + ex.getMessage());
		}
		if (this.chunk < 1) {
			throw MeshlineExit.usage("--chunk must be at least 1, got " + this.chunk + ".");
		}
		if (this.maxWrites != null && this.maxWrites < 1) {
			throw MeshlineExit.usage("--max-writes must be at least 1, got " + this.maxWrites + ".");
		}
		if (!"netsuite-csv".equals(this.target) && !"quickbooks-csv".equals(this.target) && !"jdbc".equals(this.target)) {
			throw MeshlineExit.usage("--target must be netsuite-csv, quickbooks-csv or jdbc, got \"" + this.target + "\".");
		}
		if ("jdbc".equals(this.target) && (this.targetUrl == null || !this.targetUrl.startsWith("jdbc:"))) {
			throw MeshlineExit.usage("The jdbc target needs --target-url jdbc:..., for example "
					+ "jdbc:postgresql://127.0.0.1:5432/erp?user=meshline.");
		}
		String url = (this.targetUrl == null || "jdbc".equals(this.target)) ? this.targetUrl
				: Path.of(this.targetUrl).toAbsolutePath().normalize().toString();
		JobExecution execution;
		Counts counts;
		try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
			long run = context.bean(SourceRuns.class).resolve(this.from);
			BackfillParameters parameters = new BackfillParameters(run, this.target, url, this.dryRun, percent,
					this.maxWrites, this.chunk, null, 0);
			execution = context.bean(BackfillLauncher.class).launch(parameters, this::defaultOut, System.err);
			counts = context.bean(BatchCounts.class).of(execution.getJobInstance().getInstanceId());
		}
		return new BackfillReport(execution, counts).print(System.out, System.err);
	}

	private String defaultOut(long seq) {
		if (this.out != null) {
			return this.out.toAbsolutePath().normalize().toString();
		}
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		return Path.of("meshline-out", "backfill-" + stamp + "-run" + seq).toAbsolutePath().toString();
	}

}
