package io.meshline.jobs.report;

import javax.sql.DataSource;

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
import io.meshline.reports.template.ReportTemplates;

/**
 * {@code monthEndReportJob}: reads the month's completed reconcile runs and writes the month-end
 * pack as one PDF. One step; it only reads the database and rewrites its one file whole, so
 * running it again is harmless.
 */
@Configuration(proxyBeanMethods = false)
public class MonthEndReportJobConfiguration {

	public static final String JOB_NAME = "monthEndReportJob";

	static final String WRITE_STEP = "writeMonthEndReportStep";

	@Bean
	Job monthEndReportJob(JobRepository jobRepository, Step writeMonthEndReportStep) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(
					new String[] { ReportParameters.MONTH, ReportParameters.OUT, ReportParameters.REQUESTED_AT },
					new String[] { ReportParameters.COMPANY, ReportParameters.PREPARED_BY }))
			.start(writeMonthEndReportStep)
			.build();
	}

	@Bean
	Step writeMonthEndReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportStore reportStore, ReportTemplates reportTemplates) {
		return new StepBuilder(WRITE_STEP, jobRepository)
			.tasklet(new MonthEndReportTasklet(reportStore, reportTemplates), transactionManager)
			.build();
	}

	@Bean
	ReportStore reportStore(DataSource dataSource) {
		return new ReportStore(dataSource);
	}

	@Bean
	ReportTemplates reportTemplates() {
		return new ReportTemplates();
	}

}
