package io.meshline.jobs.drift;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code detectDriftStep} of {@code reconcileJob}, in the DataSource transaction manager. */
@Configuration(proxyBeanMethods = false)
public class DriftJobConfiguration {

	public static final String DETECT_DRIFT_STEP = "detectDriftStep";

	@Bean
	Step detectDriftStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, @Value("${meshline.drift.enabled:true}") boolean enabled) {
		return new StepBuilder(DETECT_DRIFT_STEP, jobRepository)
			.tasklet(new DetectDriftTasklet(new JdbcTemplate(dataSource), jobRepository, enabled), transactionManager)
			.build();
	}

}
