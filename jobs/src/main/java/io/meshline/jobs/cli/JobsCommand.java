package io.meshline.jobs.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.meshline.jobs.backfill.BackfillJobConfiguration;
import io.meshline.jobs.backfill.BackfillLauncher;
import io.meshline.jobs.backfill.BatchCounts;
import io.meshline.jobs.backfill.BatchCounts.Counts;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.reconcile.ReconcileJobConfiguration;
import io.meshline.jobs.reconcile.ReconcileLauncher;

/** {@code meshline jobs list|show|restart|stop} over the Spring Batch job repository. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
		description = "Inspect and operate job executions recorded in the data directory.",
		subcommands = { JobsCommand.ListExecutions.class, JobsCommand.Show.class, JobsCommand.Restart.class,
				JobsCommand.Stop.class })
class JobsCommand implements Runnable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	static JobExecution execution(JobRepository repository, long id) {
		JobExecution execution;
		try {
			execution = repository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw MeshlineExit.usage("There is no job execution " + id + ". 'meshline jobs list' shows them.");
		}
		return execution;
	}

	static String time(java.time.LocalDateTime time) {
		return (time != null) ? time.format(TIME) : "-";
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List recent job executions, newest first.")
	static class ListExecutions implements Callable<Integer> {

		@Option(names = "--limit", defaultValue = "20", description = "How many runs per job (default: ${DEFAULT-VALUE}).")
		int limit;

		@Override
		public Integer call() throws Exception {
			PrintStream out = System.out;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				JobRepository repository = context.bean(JobRepository.class);
				List<JobExecution> executions = new ArrayList<>();
				for (String job : repository.getJobNames()) {
					for (JobInstance instance : repository.getJobInstances(job, 0, this.limit)) {
						executions.addAll(repository.getJobExecutions(instance));
					}
				}
				executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
				Map<Long, Long> rejected = countsByRun(context, "ML_REJECT");
				Map<Long, Long> findings = countsByRun(context, "ML_FINDING");
				out.printf("%-9s %-5s %-14s %-10s %-19s %-19s %10s %9s %9s%n", "EXECUTION", "RUN", "JOB", "STATUS",
						"STARTED", "ENDED", "ROWS READ", "REJECTED", "FINDINGS");
				for (JobExecution e : executions) {
					long run = e.getJobInstance().getInstanceId();
					// Rows of both exports read by this execution's classify step.
					long read = e.getStepExecutions().stream()
						.filter((s) -> s.getStepName().equals(ReconcileJobConfiguration.CLASSIFY_STEP))
						.mapToLong(StepExecution::getReadCount).sum();
					out.printf("%-9d %-5d %-14s %-10s %-19s %-19s %10d %9d %9d%n", e.getId(), run,
							e.getJobInstance().getJobName(), e.getStatus(), time(e.getStartTime()), time(e.getEndTime()),
							read, rejected.getOrDefault(run, 0L), findings.getOrDefault(run, 0L));
				}
				if (executions.isEmpty()) {
					out.println("(no executions yet)");
				}
			}
			return ExitCodes.COMPLETED;
		}

	}

	/** How long a step took, to the tenth of a second; blank while it runs. */
	static String duration(StepExecution s) {
		if (s.getStartTime() == null || s.getEndTime() == null) {
			return "";
		}
		long millis = Duration.between(s.getStartTime(), s.getEndTime()).toMillis();
		return String.format("%.1f s", millis / 1000.0);
	}

	/** Rows per run in one of the run-keyed tables: the run's totals, whichever execution wrote them. */
	static Map<Long, Long> countsByRun(MeshlineContext context, String table) {
		Map<Long, Long> counts = new HashMap<>();
		new JdbcTemplate(context.bean(DataSource.class)).query("SELECT RUN_ID, COUNT(*) FROM " + table
				+ " GROUP BY RUN_ID", (ResultSet rs) -> {
					counts.put(rs.getLong(1), rs.getLong(2));
				});
		return counts;
	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "Show one execution: parameters, steps with their counts, and any failure.")
	static class Show implements Callable<Integer> {

		@Parameters(paramLabel = "EXECUTION", description = "The execution id from 'meshline jobs list'.")
		long id;

		@Override
		public Integer call() throws Exception {
			PrintStream out = System.out;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				JobExecution e = execution(context.bean(JobRepository.class), this.id);
				out.println("Execution " + e.getId() + " of " + e.getJobInstance().getJobName() + ", run "
						+ e.getJobInstance().getInstanceId());
				out.println("  Status:  " + e.getStatus() + " (" + e.getExitStatus().getExitCode() + ")");
				out.println("  Started: " + time(e.getStartTime()) + "   Ended: " + time(e.getEndTime()));
				out.println("  Parameters:");
				e.getJobParameters().parameters().forEach((p) -> out.println("    " + p.name() + " = " + p.value()));
				out.println("  Steps:");
				for (StepExecution s : e.getStepExecutions()) {
					out.printf("    %-26s %-10s %9s  read %,d, written %,d, filtered %,d, commits %,d, rollbacks %,d%n",
							s.getStepName(), s.getStatus(), duration(s), s.getReadCount(), s.getWriteCount(),
							s.getFilterCount(), s.getCommitCount(), s.getRollbackCount());
				}
				if (e.getStatus() != BatchStatus.COMPLETED && !e.getAllFailureExceptions().isEmpty()) {
					out.println("  Failure: " + ReconcileReport.failureOf(e));
				}
			}
			return ExitCodes.COMPLETED;
		}

	}

	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = { "Restart a failed or stopped execution from its last committed chunk.",
					"An execution left STARTED by a killed process is first marked FAILED, with a message." })
	static class Restart implements Callable<Integer> {

		@Parameters(paramLabel = "EXECUTION", description = "The execution id from 'meshline jobs list'.")
		long id;

		@Override
		public Integer call() throws Exception {
			JobExecution restarted;
			Counts counts = null;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				JobExecution e = execution(context.bean(JobRepository.class), this.id);
				if (e.getStatus() == BatchStatus.COMPLETED) {
					throw MeshlineExit.usage("Execution " + this.id + " completed; there is nothing to restart.");
				}
				if (BackfillJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName())) {
					restarted = context.bean(BackfillLauncher.class).resume(e, System.err);
					counts = context.bean(BatchCounts.class).of(restarted.getJobInstance().getInstanceId());
				}
				else {
					restarted = context.bean(ReconcileLauncher.class).resume(e, System.err);
				}
			}
			if (counts != null) {
				return new BackfillReport(restarted, counts).print(System.out, System.err);
			}
			if (ReconcileJobConfiguration.JOB_NAME.equals(restarted.getJobInstance().getJobName())) {
				return new ReconcileReport(restarted, null, null).print(System.out, System.err);
			}
			// Report jobs print nothing of their own on a restart: say how it ended.
			boolean completed = restarted.getStatus() == BatchStatus.COMPLETED;
			(completed ? System.out : System.err).println("Execution " + restarted.getId() + " of "
					+ restarted.getJobInstance().getJobName() + " " + restarted.getStatus()
					+ (completed ? "." : ": " + ReconcileReport.failureOf(restarted)));
			return completed ? ExitCodes.COMPLETED : ExitCodes.JOB_FAILED;
		}

	}

	@Command(name = "stop", mixinStandardHelpOptions = true,
			description = { "Stop an execution that no process is running any more, so it can be restarted.",
					"A run in progress holds the data directory; stop it with Ctrl-C or a signal, then restart it." })
	static class Stop implements Callable<Integer> {

		@Parameters(paramLabel = "EXECUTION", description = "The execution id from 'meshline jobs list'.")
		long id;

		@Override
		public Integer call() throws Exception {
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				JobExecution e = execution(context.bean(JobRepository.class), this.id);
				if (!e.getStatus().isRunning()) {
					throw MeshlineExit.usage("Execution " + this.id + " is " + e.getStatus() + ", not running.");
				}
				// Holding the data directory lock proves no other process runs it: mark it as ended.
				JobExecution recovered = context.bean(JobOperator.class).recover(e);
				System.out.println("Execution " + this.id + " was " + e.getStatus()
						+ " but no process is running it; it is now " + recovered.getStatus()
						+ ". Restart it with 'meshline jobs restart " + this.id + "'.");
			}
			return ExitCodes.COMPLETED;
		}

	}

}
