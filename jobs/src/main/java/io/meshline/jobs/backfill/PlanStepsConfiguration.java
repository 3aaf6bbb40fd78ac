package io.meshline.jobs.backfill;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.core.backfill.SampleSlice;
import io.meshline.jobs.backfill.ClaimReader.Entry;
import io.meshline.jobs.policy.PolicyHolds;

/**
 * The first two steps of {@code backfillJob}, both chunked and restartable in the DataSource
 * transaction manager. {@code planBackfillStep} stores a plan row per candidate, reading the
 * findings in their stored order; {@code claimKeysStep} then walks the plan in key order, settles
 * what the write ledger and {@code --max-writes} leave out, claims the included keys and writes
 * {@code plan.csv}. A dry run ends after it.
 */
@Configuration(proxyBeanMethods = false)
class PlanStepsConfiguration {

	static final String PLAN_STEP = "planBackfillStep";

	static final String CLAIM_STEP = "claimKeysStep";

	private static final String STEP = "#{stepExecution}";

	@Bean
	@JobScope
	Step planBackfillStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CandidateReader backfillCandidateReader, PlanWriter planWriter,
			@Value("#{jobParameters['chunk']}") String chunk) {
		return new StepBuilder(PLAN_STEP, jobRepository)
			.<PlannedInvoice, PlannedInvoice>chunk(Integer.parseInt(chunk))
			.transactionManager(transactionManager)
			.reader(backfillCandidateReader)
			.writer(planWriter)
			.build();
	}

	@Bean
	@JobScope
	Step claimKeysStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ClaimReader backfillClaimReader, ClaimWriter claimWriter, @Value("#{jobParameters['chunk']}") String chunk,
			@Value("#{jobParameters['dry.run']}") String dryRun) {
		return new StepBuilder(CLAIM_STEP, jobRepository)
			.<Entry, Entry>chunk(Integer.parseInt(chunk))
			.transactionManager(transactionManager)
			.reader(backfillClaimReader)
			.writer(claimWriter)
			.listener(new DryRunExit(Boolean.parseBoolean(dryRun)))
			.build();
	}

	@Bean
	@StepScope
	CandidateReader backfillCandidateReader(DataSource dataSource, SourceRuns sourceRuns,
			@Value(STEP) StepExecution step) {
		BackfillParameters p = parameters(step);
		return new CandidateReader(dataSource, p.fromRun(), SampleSlice.parse(p.samplePercent()),
				sourceRuns.crosswalkOf(p.fromRun()));
	}

	@Bean
	@StepScope
	PlanWriter planWriter(DataSource dataSource, @Value(STEP) StepExecution step) {
		BackfillParameters p = parameters(step);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new PlanWriter(jdbc, batchId(step), p, target(p), PolicyHolds.forRun(jdbc, p.fromRun()), why(p));
	}

	@Bean
	@StepScope
	ClaimReader backfillClaimReader(DataSource dataSource, @Value(STEP) StepExecution step) {
		return new ClaimReader(dataSource, batchId(step), target(parameters(step)).ledgerName());
	}

	@Bean
	@StepScope
	ClaimWriter claimWriter(DataSource dataSource, @Value(STEP) StepExecution step) {
		BackfillParameters p = parameters(step);
		return new ClaimWriter(new JdbcTemplate(dataSource), batchId(step), p, target(p), why(p));
	}

	private static BackfillParameters parameters(StepExecution step) {
		return BackfillParameters.from(step.getJobExecution().getJobParameters());
	}

	private static long batchId(StepExecution step) {
		return step.getJobExecution().getJobInstance().getInstanceId();
	}

	static BackfillTarget target(BackfillParameters p) {
		return BackfillTargets.of(p.targetKind(), p.targetUrl(), Path.of(p.outDir()));
	}

	/** Why every candidate is in the plan: the finding, the run and the slice. */
	static String why(BackfillParameters p) {
		SampleSlice slice = SampleSlice.parse(p.samplePercent());
		return "MISSING_IN_ERP in reconcile run " + p.fromRun() + ": won deal not invoiced"
				+ ("100".equals(slice.percentText()) ? "" : "; in the " + slice.percentText() + "% sample");
	}

	/** Ends the job after the plan of a dry run: nothing is claimed or staged. */
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

}
