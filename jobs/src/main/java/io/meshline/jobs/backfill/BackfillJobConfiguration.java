package io.meshline.jobs.backfill;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.core.backfill.SampleSlice;
import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.audit.AuditedRunListener;
import io.meshline.jobs.backfill.CandidateReader.Candidate;
import io.meshline.jobs.policy.PolicyHolds;

/**
 * {@code backfillJob}: plan the batch from a reconcile run's {@code MISSING_IN_ERP} findings (a dry
 * run ends there), stage the planned invoices chunk by chunk, mark the batch staged. Promotion is a
 * separate command, after a QA gate. Every step runs in the DataSource transaction manager, so the
 * ledger, the plan and the restart position commit together.
 */
@Configuration(proxyBeanMethods = false)
public class BackfillJobConfiguration {

	public static final String JOB_NAME = "backfillJob";

	static final String PLAN_STEP = "planBackfillStep";

	static final String STAGE_STEP = "stageInvoicesStep";

	static final String MARK_STAGED_STEP = "markBatchStagedStep";

	private static final String BATCH_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job backfillJob(JobRepository jobRepository, AuditedRunListener auditedRunListener, Step planBackfillStep, Step stageInvoicesStep,
			Step markBatchStagedStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(auditedRunListener)
			.start(planBackfillStep)
			.on(DryRunExit.DRY_RUN.getExitCode())
			.end()
			.from(planBackfillStep)
			.on("*")
			.to(stageInvoicesStep)
			.next(markBatchStagedStep)
			.end()
			.build();
	}

	@Bean
	@JobScope
	Step planBackfillStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CandidateReader backfillCandidateReader, PlanWriter planWriter,
			@Value("#{jobParameters['chunk']}") String chunk, @Value("#{jobParameters['dry.run']}") String dryRun) {
		return new StepBuilder(PLAN_STEP, jobRepository)
			.<Candidate, Candidate>chunk(Integer.parseInt(chunk))
			.transactionManager(transactionManager)
			.reader(backfillCandidateReader)
			.writer(planWriter)
			.listener(new DryRunExit(Boolean.parseBoolean(dryRun)))
			.build();
	}

	@Bean
	@StepScope
	CandidateReader backfillCandidateReader(DataSource dataSource, SourceRuns sourceRuns,
			@Value("#{stepExecution}") StepExecution step) {
		BackfillParameters p = BackfillParameters.from(step.getJobExecution().getJobParameters());
		BackfillTarget target = BackfillTargets.of(p.targetKind(), p.targetUrl(), Path.of(p.outDir()));
		return new CandidateReader(dataSource, p.fromRun(), target.ledgerName(), SampleSlice.parse(p.samplePercent()),
				sourceRuns.crosswalkOf(p.fromRun()));
	}

	@Bean
	@StepScope
	PlanWriter planWriter(DataSource dataSource, @Value("#{stepExecution}") StepExecution step) {
		BackfillParameters p = BackfillParameters.from(step.getJobExecution().getJobParameters());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		SampleSlice slice = SampleSlice.parse(p.samplePercent());
		String why = "MISSING_IN_ERP in reconcile run " + p.fromRun() + ": won deal not invoiced"
				+ ("100".equals(slice.percentText()) ? "" : "; in the " + slice.percentText() + "% sample");
		return new PlanWriter(jdbc, step.getJobExecution().getJobInstance().getInstanceId(), p,
				BackfillTargets.of(p.targetKind(), p.targetUrl(), Path.of(p.outDir())),
				PolicyHolds.forRun(jdbc, p.fromRun()), why);
	}

	@Bean
	@JobScope
	Step stageInvoicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlanReader backfillPlanReader, StageWriter stageWriter,
			@Value("#{jobParameters['chunk']}") String chunk) {
		return new StepBuilder(STAGE_STEP, jobRepository)
			.<PlannedInvoice, PlannedInvoice>chunk(Integer.parseInt(chunk))
			.transactionManager(transactionManager)
			.reader(backfillPlanReader)
			.writer(stageWriter)
			.build();
	}

	@Bean
	Step markBatchStagedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new StepBuilder(MARK_STAGED_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
			long batchId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()
				.getInstanceId();
			long staged = new WriteLedger(jdbc).count(batchId, WriteLedger.STAGED);
			new BackfillBatches(jdbc).setStatus(batchId, BackfillBatches.STAGED, staged + " records staged");
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	@StepScope
	PlanReader backfillPlanReader(DataSource dataSource, @Value(BATCH_ID) Long batchId) {
		return new PlanReader(dataSource, batchId);
	}

	@Bean
	@StepScope
	StageWriter stageWriter(DataSource dataSource, @Value(BATCH_ID) Long batchId,
			@Value("#{jobParameters['target']}") String target, @Value("#{jobParameters['target.url']}") String url,
			@Value("#{jobParameters['out.dir']}") String outDir, TargetGuardFactory guards, AuditTrail auditTrail) {
		BackfillTarget backfillTarget = BackfillTargets.of(target, url, Path.of(outDir));
		return new StageWriter(new WriteLedger(new JdbcTemplate(dataSource)), batchId, backfillTarget,
				guards.guard(backfillTarget.location()), auditTrail);
	}

	@Bean
	SourceRuns sourceRuns(DataSource dataSource, JobRepository jobRepository) {
		return new SourceRuns(new JdbcTemplate(dataSource), jobRepository);
	}

	@Bean
	TargetGuardFactory targetGuardFactory(@Value("${meshline.backfill.breaker.failures:5}") int failures,
			@Value("${meshline.backfill.retry.initial-delay-ms:500}") long initialDelay,
			@Value("${meshline.backfill.retry.max-delay-ms:8000}") long maxDelay) {
		return new TargetGuardFactory(failures, initialDelay, maxDelay);
	}

	/** Ends the job after the plan step of a dry run: nothing is claimed or staged. */
	static final class DryRunExit implements StepExecutionListener {

		static final ExitStatus DRY_RUN = new ExitStatus("DRY_RUN");

		private final boolean dryRun;

		DryRunExit(boolean dryRun) {
			this.dryRun = dryRun;
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			return (this.dryRun && stepExecution.getStatus() == BatchStatus.COMPLETED) ? DRY_RUN : null;
		}

	}

	/** Makes a guard per step execution, with the configured retry and breaker settings. */
	record TargetGuardFactory(int failures, long initialDelayMillis, long maxDelayMillis) {

		TargetGuard guard(String target) {
			return new TargetGuard(target, this.failures, this.initialDelayMillis, this.maxDelayMillis,
					TargetGuard.Sleeper.THREAD);
		}

	}

}
