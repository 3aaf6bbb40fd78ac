package io.meshline.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.report.MonthEndReportJobConfiguration;
import io.meshline.jobs.report.ReportParameters;
import io.meshline.jobs.report.RiskReportJobConfiguration;
import io.meshline.reports.data.ReportStore;
import io.meshline.reports.data.RunRecord;

/** {@code meshline report month-end|risk}: reports on completed reconcile runs. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Reports on completed reconcile runs: the month-end PDF pack, revenue-at-risk tables.",
		subcommands = { ReportCommand.MonthEnd.class, ReportCommand.Risk.class })
class ReportCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	static YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw MeshlineExit.usage("--month must be a month like 2026-10, not '" + text + "'.");
		}
	}

	static List<RunRecord> runsOf(ReportStore store, YearMonth month) {
		List<RunRecord> runs = store.runsFinishedBetween(month.atDay(1).atStartOfDay(),
				month.plusMonths(1).atDay(1).atStartOfDay());
		if (runs.isEmpty()) {
			throw MeshlineExit.usage("No reconcile run completed in " + month
					+ ", so there is nothing to report. 'meshline jobs list' shows the runs there are.");
		}
		return runs;
	}

	static JobExecution start(MeshlineContext context, String jobName, ReportParameters parameters) throws Exception {
		return context.bean(JobOperator.class).start(context.bean(jobName, Job.class), parameters.toJobParameters());
	}

	static int failed(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitCodes.COMPLETED;
		}
		System.err.println("meshline: " + execution.getJobInstance().getJobName() + " " + execution.getStatus()
				+ " (execution " + execution.getId() + "): " + ReconcileReport.failureOf(execution));
		return ExitCodes.JOB_FAILED;
	}

	@Command(name = "month-end", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Write the month-end pack as one PDF (the monthEndReportJob).", "",
					"Summary and revenue-at-risk figures are those of the month's latest completed reconcile run; "
							+ "the cover lists every run of the month; the trend shows the last 12 runs up to the month end." },
			footer = { "", "Exit codes: 0 written, 1 the job failed, 2 usage error or no run in the month, "
					+ "4 data directory busy." })
	static class MonthEnd implements Callable<Integer> {

		@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to report on.")
		String month;

		@Option(names = "--out", paramLabel = "FILE.pdf",
				description = "The PDF to write (default: meshline-out/month-end-YYYY-MM.pdf).")
		Path out;

		@Option(names = "--company", paramLabel = "NAME", description = "The company name for the cover and headers.")
		String company;

		@Option(names = "--prepared-by", paramLabel = "NAME", description = "Fills 'prepared by' in the sign-off block.")
		String preparedBy;

		@Override
		public Integer call() throws Exception {
			YearMonth period = month(this.month);
			Path file = ((this.out != null) ? this.out : Path.of("meshline-out", "month-end-" + period + ".pdf"))
				.toAbsolutePath()
				.normalize();
			JobExecution execution;
			List<RunRecord> runs;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				runs = runsOf(context.bean(ReportStore.class), period);
				execution = start(context, MonthEndReportJobConfiguration.JOB_NAME, new ReportParameters(period, null,
						file.toString(), this.company, this.preparedBy, LocalDateTime.now()));
			}
			int code = failed(execution);
			if (code == ExitCodes.COMPLETED) {
				RunRecord latest = runs.get(runs.size() - 1);
				System.out.println("Month-end pack for " + period + ": " + file + " ("
						+ execution.getExecutionContext().getInt("pages", 0) + " pages).");
				System.out.println("Figures from run " + latest.runId() + ", the latest of " + runs.size()
						+ ((runs.size() == 1) ? " run" : " runs") + " completed in the month.");
			}
			return code;
		}

	}

	@Command(name = "risk", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Write the revenue-at-risk tables as CSV files and one HTML page (the riskReportJob).", "",
					"Of one run (--run), of the month's latest run (--month), or of the latest run of all." },
			footer = { "", "Exit codes: 0 written, 1 the job failed, 2 usage error or no such run, "
					+ "4 data directory busy." })
	static class Risk implements Callable<Integer> {

		@ArgGroup(exclusive = true)
		Which which;

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to.")
		Path out;

		static class Which {

			@Option(names = "--run", paramLabel = "ID", description = "A completed reconcile run.")
			Long run;

			@Option(names = "--month", paramLabel = "YYYY-MM", description = "The latest run completed in this month.")
			String month;

		}

		@Override
		public Integer call() throws Exception {
			Long runId = (this.which != null) ? this.which.run : null;
			YearMonth period = (this.which != null && this.which.month != null) ? month(this.which.month) : null;
			Path dir = this.out.toAbsolutePath().normalize();
			JobExecution execution;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				ReportStore store = context.bean(ReportStore.class);
				if (runId != null && store.run(runId).isEmpty()) {
					throw MeshlineExit.usage("There is no completed reconcile run " + runId
							+ ". 'meshline jobs list' shows the runs there are.");
				}
				if (period != null) {
					runsOf(store, period);
				}
				if (runId == null && period == null && store.lastRunsBefore(LocalDateTime.now().plusYears(100), 1).isEmpty()) {
					throw MeshlineExit.usage("No reconcile run has completed yet, so there is nothing to report.");
				}
				execution = start(context, RiskReportJobConfiguration.JOB_NAME,
						new ReportParameters(period, runId, dir.toString(), null, null, LocalDateTime.now()));
			}
			int code = failed(execution);
			if (code == ExitCodes.COMPLETED) {
				System.out.println("Revenue at risk of run " + execution.getExecutionContext().getLong("figures.run", 0)
						+ " written to " + dir + ": " + String.join(", ", RiskReportJobConfiguration.FILES) + ".");
			}
			return code;
		}

	}

}
