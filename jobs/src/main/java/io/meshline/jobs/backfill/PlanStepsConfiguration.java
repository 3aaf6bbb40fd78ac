package io.meshline.jobs.backfill;

import java.nio.file.Path;

import javax.sql.DataSource;

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
import io.meshline.jobs.backfill.CandidateReader.Candidate;
import io.meshline.jobs.policy.PolicyHolds;
import io.meshline.jobs.support.UnloggedBulkWrites;

/**
 * {@code planBackfillStep}, the first step of {@code backfillJob}: chunked and restartable in the
 * DataSource transaction manager, it reads the candidates in the order the run stored them (no
 * read sorts the run), stores a plan row per candidate and claims the included keys.
 */
@Configuration(proxyBeanMethods = false)
class PlanStepsConfiguration {

	static final String PLAN_STEP = "planBackfillStep";

	private static final String STEP = "#{stepExecution}";

	@Bean
	@JobScope
	Step planBackfillStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CandidateReader backfillCandidateReader, PlanWriter planWriter, UnloggedBulkWrites unloggedBulkWrites,
			@Value("#{jobParameters['chunk']}") String chunk) {
		return new StepBuilder(PLAN_STEP, jobRepository)
			.<Candidate, Candidate>chunk(Integer.parseInt(chunk))
			.transactionManager(transactionManager)
			.reader(backfillCandidateReader)
			.writer(planWriter)
			.listener((StepExecutionListener) unloggedBulkWrites)
			.build();
	}

	@Bean
	@StepScope
	CandidateReader backfillCandidateReader(DataSource dataSource, SourceRuns sourceRuns,
			@Value(STEP) StepExecution step) {
		return candidates(dataSource, sourceRuns, parameters(step));
	}

	@Bean
	@StepScope
	PlanWriter planWriter(DataSource dataSource, SourceRuns sourceRuns, @Value(STEP) StepExecution step) {
		BackfillParameters p = parameters(step);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new PlanWriter(jdbc, step.getJobExecution().getJobInstance().getInstanceId(), p, target(p),
				PolicyHolds.forRun(jdbc, p.fromRun()), () -> candidates(dataSource, sourceRuns, p));
	}

	static CandidateReader candidates(DataSource dataSource, SourceRuns sourceRuns, BackfillParameters p) {
		return new CandidateReader(dataSource, p.fromRun(), target(p).ledgerName(), SampleSlice.parse(p.samplePercent()),
				sourceRuns.crosswalkOf(p.fromRun()));
	}

	static BackfillParameters parameters(StepExecution step) {
		return BackfillParameters.from(step.getJobExecution().getJobParameters());
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

}
