package io.meshline.jobs.report;

import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.reports.data.ReportStore;

/**
 * {@code riskReportJob}: writes one run's revenue-at-risk tables as CSV files and as one HTML
 * page. One step; it rewrites its files whole, so running it again is harmless.
 */
@Configuration(proxyBeanMethods = false)
public class RiskReportJobConfiguration {

	public static final String JOB_NAME = "riskReportJob";

	/** The files written to the output folder. */
	public static final List<String> FILES = List.of(RiskCsvFiles.BY_AGE, RiskCsvFiles.BY_OWNER,
			RiskCsvFiles.TOP_ACCOUNTS, RiskCsvFiles.DEALS, RiskReportTasklet.HTML);

	static final String WRITE_STEP = "writeRiskTablesStep";

	@Bean
	Job riskReportJob(JobRepository jobRepository, Step writeRiskTablesStep) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(
					new String[] { ReportParameters.OUT, ReportParameters.REQUESTED_AT },
					new String[] { ReportParameters.RUN_ID, ReportParameters.MONTH }))
			.start(writeRiskTablesStep)
			.build();
	}

	@Bean
	Step writeRiskTablesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportStore reportStore) {
		return new StepBuilder(WRITE_STEP, jobRepository)
			.tasklet(new RiskReportTasklet(reportStore), transactionManager)
			.build();
	}

}
