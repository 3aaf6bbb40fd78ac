package io.meshline.jobs.backfill;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.audit.AuditedRunListener;

/**
 * {@code backfillJob}: plan the batch from a reconcile run's {@code MISSING_IN_ERP} findings and
 * claim its keys (see {@link PlanStepsConfiguration}; a dry run ends there), stage the planned
 * invoices chunk by chunk, mark the batch staged. Promotion is a
 * separate command, after a QA gate. Every step runs in the DataSource transaction manager, so the
 * ledger, the plan and the restart position commit together.
 */
@Configuration(proxyBeanMethods = false)
public class BackfillJobConfiguration {

	public static final String JOB_NAME = "backfillJob";

	static final String STAGE_STEP = "stageInvoicesStep";

	static final String MARK_STAGED_STEP = "markBatchStagedStep";

	private static final String BATCH_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job backfillJob(JobRepository jobRepository, AuditedRunListener auditedRunListener, Step planBackfillStep,
			Step claimKeysStep, Step stageInvoicesStep, Step markBatchStagedStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(auditedRunListener)
			.start(planBackfillStep)
			.next(claimKeysStep)
			.on(PlanStepsConfiguration.DryRunExit.DRY_RUN.getExitCode())
			.end()
			.from(claimKeysStep)
			.on(ExitStatus.COMPLETED.getExitCode())
			.to(stageInvoicesStep)
			.next(markBatchStagedStep)
			.from(claimKeysStep)
			.on("*")
			.fail()
			.end()
			.build();
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
			long staged = BatchCounts.committed(jobRepository, batchId, STAGE_STEP, StageWriter.STAGED);
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
	StageWriter stageWriter(@Value(BATCH_ID) Long batchId,
			@Value("#{jobParameters['target']}") String target, @Value("#{jobParameters['target.url']}") String url,
			@Value("#{jobParameters['out.dir']}") String outDir, TargetGuardFactory guards, AuditTrail auditTrail) {
		BackfillTarget backfillTarget = BackfillTargets.of(target, url, Path.of(outDir));
		return new StageWriter(batchId, backfillTarget, guards.guard(backfillTarget.location()), auditTrail);
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

	/** Makes a guard per step execution, with the configured retry and breaker settings. */
	record TargetGuardFactory(int failures, long initialDelayMillis, long maxDelayMillis) {

		TargetGuard guard(String target) {
			return new TargetGuard(target, this.failures, this.initialDelayMillis, this.maxDelayMillis,
					TargetGuard.Sleeper.THREAD);
		}

	}

}
