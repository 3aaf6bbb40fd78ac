package io.meshline.jobs.drift;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.drift.DriftBand;
import io.meshline.core.drift.RunMetric;
import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.manifest.FileHash;
import io.meshline.jobs.reconcile.ClassifyExportsTasklet;
import io.meshline.jobs.reconcile.ReconcileJobConfiguration;
import io.meshline.jobs.reconcile.ReconcileParameters;

/**
 * {@code detectDriftStep}: keeps the run's volumes and compares them with the trailing completed
 * runs of the same scope (same CRM and ERP contract, same window length). Each metric outside the
 * band of those runs becomes a {@code DRIFT} finding, stored after every deal and orphan group so it
 * sorts last. It carries no amount, so it adds nothing to revenue at risk or over-billing and counts
 * as no deal. Runs again harmlessly: the run's metrics and DRIFT rows are replaced. A replay compares
 * with the runs before the run it replays, so it draws the same bands, and stores no metrics of its
 * own (a replay is not a new night's data).
 */
class DetectDriftTasklet implements Tasklet {

	/** The group number of DRIFT findings: after every deal and orphan group. */
	static final long DRIFT_GROUP = Long.MAX_VALUE;

	/** The currency column of a count or rate: ISO 4217 "no currency". */
	static final String NO_CURRENCY = "XXX";

	private final JdbcTemplate jdbc;

	private final JobRepository jobRepository;

	private final boolean enabled;

	/** @param enabled {@code meshline.drift.enabled}: false turns detection off for every run, like {@code --no-drift} */
	DetectDriftTasklet(JdbcTemplate jdbc, JobRepository jobRepository, boolean enabled) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
		this.enabled = enabled;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long runId = job.getJobInstance().getInstanceId();
		ReconcileParameters p = ReconcileParameters.from(job.getJobParameters());
		ExecutionContext classified = classifyContext(job);
		RunMetrics store = new RunMetrics(this.jdbc);
		List<RunMetric> metrics = store.compute(runId, classified.getLong(ClassifyExportsTasklet.DEALS_IN_SCOPE, 0L),
				classified.getLong(ClassifyExportsTasklet.MATCHED_DEALS, 0L), classified.getLong("erp.accepted", 0L),
				classified.containsKey(ClassifyExportsTasklet.DUPLICATE_FINDINGS)
						? classified.getLong(ClassifyExportsTasklet.DUPLICATE_FINDINGS) : null);
		String scope = scopeKey(p);
		// By their group, which the primary key leads with: by type, it read every finding of the run.
		this.jdbc.update("DELETE FROM ML_FINDING WHERE RUN_ID = ? AND GROUP_SEQ = ?", runId, DRIFT_GROUP);
		if (p.replayOf() == null) {
			store.store(runId, scope, metrics);
		}
		if (!p.driftDetection() || !this.enabled) {
			return RepeatStatus.FINISHED;
		}
		long before = (p.replayOf() != null) ? p.replayOf() : runId;
		Map<Long, List<RunMetric>> trailing = store.metricsOf(store.trailingRuns(scope, before, p.driftRuns()));
		List<Object[]> rows = new ArrayList<>();
		for (RunMetric metric : withAbsentCurrencies(metrics, trailing)) {
			List<BigDecimal> history = history(metric, trailing);
			DriftBand.of(history, p.driftTolerance(), metric.value().scale())
				.filter((band) -> !band.contains(metric.value()))
				.ifPresent((band) -> rows.add(row(runId, rows.size(), metric, band.describe(metric, p.driftTolerance()))));
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("INSERT INTO ML_FINDING (RUN_ID, GROUP_SEQ, ITEM_NO, FINDING, CRM_ID, ERP_IDS, CURRENCY, "
					+ "DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, new int[] { Types.BIGINT, Types.BIGINT,
							Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.VARCHAR });
		}
		contribution.incrementWriteCount(rows.size());
		return RepeatStatus.FINISHED;
	}

	private ExecutionContext classifyContext(JobExecution job) {
		StepExecution step = this.jobRepository.getLastStepExecution(job.getJobInstance(),
				ReconcileJobConfiguration.CLASSIFY_STEP);
		return (step != null) ? step.getExecutionContext() : new ExecutionContext();
	}

	/** A currency the trailing runs had and this run has not is checked too, as zero won. */
	private static List<RunMetric> withAbsentCurrencies(List<RunMetric> metrics, Map<Long, List<RunMetric>> trailing) {
		Map<String, RunMetric> all = new LinkedHashMap<>();
		metrics.forEach((metric) -> all.put(metric.key(), metric));
		trailing.values().stream().flatMap(List::stream).filter(RunMetric::absentMeansZero).forEach((earlier) ->
				all.putIfAbsent(earlier.key(), new RunMetric(earlier.name(), earlier.currency(),
						BigDecimal.ZERO.setScale(earlier.value().scale()))));
		return List.copyOf(all.values());
	}

	private static List<BigDecimal> history(RunMetric metric, Map<Long, List<RunMetric>> trailing) {
		List<BigDecimal> values = new ArrayList<>();
		for (List<RunMetric> run : trailing.values()) {
			BigDecimal value = run.stream().filter((m) -> m.key().equals(metric.key())).map(RunMetric::value)
				.findFirst().orElse(metric.absentMeansZero() ? BigDecimal.ZERO : null);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	private static Object[] row(long runId, int item, RunMetric metric, String detail) {
		return new Object[] { runId, DRIFT_GROUP, item, FindingType.DRIFT.name(), metric.key(), "",
				(metric.currency() != null) ? metric.currency() : NO_CURRENCY, detail };
	}

	/** Runs are compared only with runs of the same contracts (a contract file by its content) and window length. */
	static String scopeKey(ReconcileParameters p) throws IOException {
		return contractKey(p.crmContract()) + "|" + contractKey(p.erpContract()) + "|window="
				+ ((p.windowDays() != null) ? p.windowDays() : "all");
	}

	private static String contractKey(String contract) throws IOException {
		return contract.startsWith("file:")
				? "file-sha256:" + FileHash.sha256(Path.of(contract.substring("file:".length()))) : contract;
	}

}
