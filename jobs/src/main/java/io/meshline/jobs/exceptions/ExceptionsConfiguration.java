package io.meshline.jobs.exceptions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.reconcile.ReconcileParameters;
import io.meshline.jobs.support.UnloggedBulkWrites;
import io.meshline.writers.output.RoutingFile;

/**
 * Exceptions: the store, its history, the clock they are timed by, and {@code updateExceptionsStep}
 * of {@code reconcileJob}. The clock is the system clock unless {@code meshline.now}
 * ({@code MESHLINE_NOW}) fixes it, to replay a night or to test days ahead.
 */
@Configuration(proxyBeanMethods = false)
public class ExceptionsConfiguration {

	public static final String UPDATE_EXCEPTIONS_STEP = "updateExceptionsStep";

	@Bean
	Clock meshlineClock(@Value("${meshline.now:}") String now) {
		return now.isBlank() ? Clock.systemDefaultZone() : Clock.fixed(parseNow(now), ZoneId.systemDefault());
	}

	/** {@code 2026-11-03T02:00:00Z}, or a local date and time {@code 2026-11-03T02:00} in this machine's zone. */
	public static Instant parseNow(String text) {
		try {
			return Instant.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.trim()).atZone(ZoneId.systemDefault()).toInstant();
			}
			catch (DateTimeParseException local) {
				throw new IllegalArgumentException("'" + text + "' is not a time like 2026-11-03T02:00:00Z or "
						+ "2026-11-03T02:00 (local)", local);
			}
		}
	}

	@Bean
	ExceptionHistory exceptionHistory(DataSource dataSource, AuditTrail auditTrail) {
		return new ExceptionHistory(new JdbcTemplate(dataSource), auditTrail);
	}

	@Bean
	ExceptionStore exceptionStore(DataSource dataSource, ExceptionHistory exceptionHistory) {
		return new ExceptionStore(new JdbcTemplate(dataSource), exceptionHistory);
	}

	@Bean
	Escalation escalation(DataSource dataSource, ExceptionStore exceptionStore) {
		return new Escalation(new JdbcTemplate(dataSource), exceptionStore);
	}

	@Bean
	ExceptionQueries exceptionQueries(DataSource dataSource) {
		return new ExceptionQueries(new JdbcTemplate(dataSource));
	}

	@Bean
	Step updateExceptionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UpdateExceptionsTasklet updateExceptionsTasklet, UnloggedBulkWrites unloggedBulkWrites) {
		return new StepBuilder(UPDATE_EXCEPTIONS_STEP, jobRepository)
			.tasklet(updateExceptionsTasklet, transactionManager)
			.listener(unloggedBulkWrites)
			.build();
	}

	@Bean
	@StepScope
	UpdateExceptionsTasklet updateExceptionsTasklet(DataSource dataSource, ExceptionStore exceptionStore,
			Clock meshlineClock, @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long runId,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) throws IOException {
		String routing = ReconcileParameters.from(parameters).routingPath();
		return new UpdateExceptionsTasklet(new JdbcTemplate(dataSource), exceptionStore,
				RoutingFile.routing((routing != null) ? Path.of(routing) : null), RunScope.of(parameters), runId,
				meshlineClock);
	}

}
