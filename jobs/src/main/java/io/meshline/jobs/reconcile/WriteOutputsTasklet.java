package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.money.MoneyTotals;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.reconcile.partition.SortedFindings;
import io.meshline.jobs.reconcile.partition.SideCounts;
import io.meshline.writers.output.DiscrepancyCsvWriter;
import io.meshline.writers.output.RejectsCsvWriter;
import io.meshline.writers.output.RoutingTable;
import io.meshline.writers.output.RunSummary;
import io.meshline.writers.output.RunSummary.InputSummary;
import io.meshline.writers.output.SummaryJsonWriter;

/**
 * Writes a run's outputs from what the database holds: {@code discrepancies.csv}, {@code rejects.csv}
 * and {@code summary.json}. It rewrites them whole, so running it again after a crash is harmless.
 * It refuses to finish when a file's rows do not add up (read must equal accepted plus rejected).
 */
class WriteOutputsTasklet implements Tasklet {

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final String home;

	WriteOutputsTasklet(JdbcTemplate jdbc, JobRepository jobRepository, String home) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.home = home;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long runId = job.getJobInstance().getInstanceId();
		ReconcileParameters parameters = ReconcileParameters.from(job.getJobParameters());
		Path out = Path.of(parameters.outDir());
		Files.createDirectories(out);
		StoredFindings stored = new StoredFindings(this.jdbc, runId);
		RoutingTable routing = (parameters.routingPath() != null) ? RoutingTable.load(Path.of(parameters.routingPath()))
				: RoutingTable.defaults();
		Map<FindingType, Long> counts = new EnumMap<>(FindingType.class);
		MoneyTotals atRisk = new MoneyTotals();
		MoneyTotals overBilled = new MoneyTotals();
		SortedFindings kept = SortedFindings.in(ClassifyExportsTasklet.findingsDirectory(this.home, runId));
		try (DiscrepancyCsvWriter discrepancies = new DiscrepancyCsvWriter(out.resolve("discrepancies.csv"))) {
			Consumer<Finding> write = (finding) -> {
				discrepancies.write(finding, routing.queueFor(finding.type()));
				counts.merge(finding.type(), 1L, Long::sum);
				atRisk.add(finding.currency(), finding.atRisk());
				overBilled.add(finding.currency(), finding.overBilled());
			};
			// The classify step's files, when it completed them here, then what later steps (drift) added;
			// else (a restart elsewhere, an attempt that removed them already) the database, which holds
			// the same findings.
			if (kept.isComplete()) {
				stored.forEachFindingAfter(kept.forEachInOrder(write), write);
			}
			else {
				stored.forEachFinding(write);
			}
		}
		try (RejectsCsvWriter rejects = new RejectsCsvWriter(out.resolve("rejects.csv"))) {
			stored.forEachRejection(rejects::write);
		}
		ExecutionContext classified = new RunCounts(this.jobRepository, job.getJobInstance()).classifyStep();
		InputSummary crm = input(stored, classified, parameters.crmPath(), parameters.crmContract(),
				parameters.crmSha256(), "crm", "CRM");
		InputSummary erp = input(stored, classified, parameters.erpPath(), parameters.erpContract(),
				parameters.erpSha256(), "erp", "ERP");
		RunSummary summary = new RunSummary(runId, toInstant(job), Instant.now(), "COMPLETED",
				SummaryParameters.of(parameters), crm, erp, counts,
				classified.getLong(ClassifyExportsTasklet.MATCHED_DEALS, 0L),
				classified.getLong(ClassifyExportsTasklet.DEALS_IN_SCOPE, 0L), atRisk.asMap(), overBilled.asMap());
		SummaryJsonWriter summaryWriter = new SummaryJsonWriter();
		summaryWriter.write(summary, out.resolve("summary.json"));
		recordRun(summary, parameters, summaryWriter.toTree(summary).toString());
		kept.delete();
		return RepeatStatus.FINISHED;
	}

	/** Keeps the summary in the database too, for reports and later runs; replaced if the step runs again. */
	private void recordRun(RunSummary summary, ReconcileParameters p, String json) {
		this.jdbc.update("DELETE FROM ML_RUN WHERE RUN_ID = ?", summary.runId());
		this.jdbc.update("INSERT INTO ML_RUN (RUN_ID, JOB_NAME, FINISHED, CRM_PATH, CRM_SHA256, ERP_PATH, ERP_SHA256, "
				+ "OUT_DIR, SUMMARY_JSON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", summary.runId(),
				runKind(p), Timestamp.from(summary.finished()), p.crmPath(), p.crmSha256(),
				p.erpPath(), p.erpSha256(), p.outDir(), json);
	}

	/**
	 * A replay is kept apart from the nightly runs: the reports read only {@code reconcileJob} rows, so
	 * a replay with other options never becomes the month's figures.
	 */
	private static String runKind(ReconcileParameters p) {
		return (p.replayOf() != null) ? REPLAY_RUN : ReconcileJobConfiguration.JOB_NAME;
	}

	/** {@code ML_RUN.JOB_NAME} of a replay. */
	static final String REPLAY_RUN = ReconcileJobConfiguration.JOB_NAME + ".replay";

	/** One export's counts as the classify step kept them, checked against the rejections stored. */
	private static InputSummary input(StoredFindings stored, ExecutionContext classified, String path, String contract,
			String sha256, String key, String side) {
		SideCounts counts = ClassifyExportsTasklet.countsOf(classified, key);
		long rejected = stored.count("ML_REJECT", side);
		if (counts.read() != counts.accepted() + rejected || counts.rejected() != rejected) {
			throw new IllegalStateException("The rows of " + path + " do not add up: " + counts.read() + " read but "
					+ counts.accepted() + " accepted and " + rejected + " rejected. The run's stored rows are "
					+ "inconsistent; start the run again from the beginning.");
		}
		return new InputSummary(path, contract, sha256, counts.read(), counts.accepted(), rejected, counts.recoded());
	}

	private static Instant toInstant(JobExecution job) {
		return (job.getStartTime() != null) ? job.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant()
				: Instant.now();
	}

}
