package io.meshline.jobs.backfill;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.audit.AuditedRunListener;
import io.meshline.jobs.backfill.BackfillBatches.PlanRow;
import io.meshline.jobs.support.UnloggedBulkWrites;

/**
 * {@code backfillJob}: plan the batch from a reconcile run's {@code MISSING_IN_ERP} findings and
 * claim its keys (see {@link PlanStepsConfiguration}), walk the plan in key order to write
 * {@code plan.csv} and stage the included invoices chunk by chunk (a dry run ends there, having
 * staged nothing), mark the batch staged. Promotion is a separate command, after a QA gate. Every
 * step runs in the DataSource transaction manager, so the ledger, the plan and the restart position
 * commit together.
 */
@Configuration(proxyBeanMethods = false)
public class BackfillJobConfiguration {

	public static final String JOB_NAME = "backfillJob";

	static final String STAGE_STEP = "stageInvoicesStep";

	static final String MARK_STAGED_STEP = "markBatchStagedStep";

	private static final String BATCH_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job backfillJob(JobRepository jobRepository, AuditedRunListener auditedRunListener, Step planBackfillStep,
			Step stageInvoicesStep, Step markBatchStagedStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(auditedRunListener)
			.start(planBackfillStep)
			.next(stageInvoicesStep)
			.on(DryRunExit.DRY_RUN.getExitCode())
			.end()
			.from(stageInvoicesStep)
			.on(ExitStatus.COMPLETED.getExitCode())
			.to(markBatchStagedStep)
			.from(stageInvoicesStep)
			.on("*")
			.fail()
			.end()
			.build();
	}

	@Bean
	@JobScope
	Step stageInvoicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlanRowReader backfillPlanReader, StageWriter stageWriter, UnloggedBulkWrites unloggedBulkWrites,
			@Value("#{jobParameters['chunk']}") String chunk, @Value("#{jobParameters['dry.run']}") String dryRun) {
		return new StepBuilder(STAGE_STEP, jobRepository)
			.<PlanRow, PlanRow>chunk(Integer.parseInt(chunk))
			.transactionManager(transactionManager)
			.reader(backfillPlanReader)
			.writer(stageWriter)
			.listener(new DryRunExit(Boolean.parseBoolean(dryRun)))
			.listener((StepExecutionListener) unloggedBulkWrites)
			.build();
	}

	@Bean
	Step markBatchStagedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new StepBuilder(MARK_STAGED_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
			long batchId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()
				.getInstanceId();
			long staged = BatchCounts.committed(jobRepository, batchId, STAGE_STEP, StageWriter.STAGED);
			new BackfillBatches(jdbc).setStatus(batchId, BackfillBatches.STAGED, staged + " records staged");
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	@StepScope
	PlanRowReader backfillPlanReader(DataSource dataSource, @Value(BATCH_ID) Long batchId) {
		return new PlanRowReader(dataSource, batchId);
	}

	@Bean
	@StepScope
	StageWriter stageWriter(@Value(BATCH_ID) Long batchId, @Value("#{stepExecution}") StepExecution step,
			TargetGuardFactory guards, AuditTrail auditTrail) {
		BackfillParameters p = PlanStepsConfiguration.parameters(step);
		BackfillTarget backfillTarget = PlanStepsConfiguration.target(p);
		return new StageWriter(batchId, p, backfillTarget, guards.guard(backfillTarget.location()), auditTrail);
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

	/** Ends the job after the plan of a dry run is written: nothing was claimed or staged. */
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
