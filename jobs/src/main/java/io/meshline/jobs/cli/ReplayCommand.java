package io.meshline.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.manifest.FindingComparison.Difference;
import io.meshline.jobs.manifest.FindingComparison.Outcome;
import io.meshline.jobs.manifest.FindingComparison;
import io.meshline.jobs.manifest.InputArchive;
import io.meshline.jobs.manifest.ReplayPlan.NotReplayable;
import io.meshline.jobs.manifest.ReplayPlan;
import io.meshline.jobs.manifest.RunManifest;
import io.meshline.jobs.reconcile.ReconcileLauncher;
import io.meshline.jobs.reconcile.ReconcileParameters;

/** {@code meshline replay RUN}: reruns a reconcile run from its archived inputs and compares the findings. */
@Command(name = "replay", mixinStandardHelpOptions = true,
		description = { "Rerun a completed reconcile run from its archived inputs; compare the findings.", "",
				"The new run reads the inputs archived in the data directory, with the options",
				"the run was recorded with. Reconcile options after -- replace recorded ones:",
				"  meshline replay 12 -- --amount-tolerance 5.00",
				"  meshline replay 12 -- --routing new-routing.csv" },
		footer = { "", "Exit codes: 0 the same findings, 3 the findings differ (they are printed),",
				"1 the replay failed (run the same command again to resume it), 2 no such run,",
				"an archived input missing or changed, or a bad option; 4 data directory busy." })
class ReplayCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN", description = "The run to replay ('meshline jobs list', column RUN).")
	long run;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Output folder of the replay (default: meshline-out/replay-of-run<RUN>-<time>-run<N>).")
	Path out;

	@Parameters(index = "1..*", paramLabel = "OPTION",
			description = "After --: reconcile options that replace the recorded ones.")
	List<String> overrides = new ArrayList<>();

	@Override
	public Integer call() throws Exception {
		try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
			FindingComparison comparison = context.bean(FindingComparison.class);
			List<String> arguments;
			try {
				arguments = ReplayPlan.arguments(this.run, context.bean(RunManifest.class).of(this.run),
						context.bean(InputArchive.class), this.overrides);
			}
			catch (NotReplayable ex) {
				throw MeshlineExit.usage(ex.getMessage());
			}
			if (!comparison.completed(this.run)) {
				throw MeshlineExit.usage("Run " + this.run + " did not complete, so it has no findings to compare with. "
						+ "Resume it with 'meshline jobs restart', or replay a completed run.");
			}
			ReconcileParameters parameters = new ReconcileRequest(parse(arguments)).checkedParameters()
				.asReplayOf(this.run);
			System.err.println("Replaying run " + this.run + ": reconcile " + String.join(" ", arguments));
			JobExecution execution = context.bean(ReconcileLauncher.class).launch(parameters, this::defaultOut,
					System.err);
			long replay = execution.getJobInstance().getInstanceId();
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				System.err.println("meshline: the replay (run " + replay + ") ended " + execution.getStatus()
						+ "; run the same command again to resume it.");
				return ExitCodes.JOB_FAILED;
			}
			return report(replay, comparison.compare(this.run, replay),
					execution.getJobParameters().getString("out.dir"));
		}
	}

	private int report(long replay, Outcome outcome, String outDir) {
		String header = "Replay of run " + this.run + " is run " + replay + " (outputs in " + outDir + "): ";
		if (outcome.same()) {
			System.out.println(header + "same " + outcome.count() + " findings.");
			return ExitCodes.COMPLETED;
		}
		System.out.println(header + outcome.differing() + " findings differ from the original's " + outcome.count()
				+ " (+ only in the replay, - only in the original):");
		for (Difference difference : outcome.differences()) {
			long times = Math.abs(difference.replay() - difference.original());
			System.out.println((difference.added() ? "+ " : "- ") + ((times > 1) ? times + "x " : "")
					+ difference.text());
		}
		if (outcome.differing() > outcome.differences().size()) {
			System.out.println("... and " + (outcome.differing() - outcome.differences().size()) + " more.");
		}
		return ExitCodes.THRESHOLD;
	}

	private static ReconcileCommand parse(List<String> arguments) {
		ReconcileCommand reconcile = new ReconcileCommand();
		CommandLine commandLine = new CommandLine(reconcile);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		try {
			commandLine.parseArgs(arguments.toArray(String[]::new));
		}
		catch (CommandLine.ParameterException ex) {
			throw MeshlineExit.usage("The replay's reconcile options do not parse: " + ex.getMessage());
		}
		return reconcile;
	}

	private String defaultOut(long seq) {
		if (this.out != null) {
			return this.out.toAbsolutePath().normalize().toString();
		}
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		return Path.of("meshline-out", "replay-of-run" + this.run + "-" + stamp + "-run" + seq).toAbsolutePath()
			.toString();
	}

}
