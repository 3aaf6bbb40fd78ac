package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.jobs.manifest.FileHash;
import io.meshline.jobs.policy.PolicyParameters;
import io.meshline.jobs.reconcile.partition.PartitionResult;
import io.meshline.jobs.reconcile.partition.ResultWriter;
import io.meshline.jobs.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run with a policy that fails after storing some partitions' findings and policy decisions,
 * then resumes: the findings equal those of a run that never failed, and every decision is stored
 * once (the resumed step deletes what the failed attempt stored before it starts again).
 */
@SpringBootTest(properties = { "spring.main.allow-bean-definition-overriding=true", "meshline.reconcile.partition-bytes=1024" })
class PolicyRestartTests {

	@TempDir
	static Path home;

	/** Partitions still to store before the injected failure; negative means never fail. */
	static final AtomicInteger partitionsBeforeFailure = new AtomicInteger(-1);

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("meshline.home", () -> home.toString());
		if (TestDatabase.postgres()) {
			registry.add("spring.datasource.url", () -> TestDatabase.url(home));
		}
	}

	@Autowired
	ReconcileLauncher launcher;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path outputs;

	@Test
	void shouldResumeAFailedClassificationWithEveryPolicyDecisionOnce() throws Exception {
		// given
		SampleSet set = SampleSet.GENERIC;
		Path policies = Path.of("..", "samples", "policies").toAbsolutePath().normalize();
		ReconcileParameters request = new ReconcileParameters(set.crm().toString(), set.crmFormat(),
				FileHash.sha256(set.crm()), set.erp().toString(), set.erpFormat(), FileHash.sha256(set.erp()),
				set.crosswalk().toString(), null, null, null,
				new java.math.BigDecimal("0.01"), 31, null, null, 0, PolicyParameters
					.checked(policies.resolve("default-policy.yaml"), policies.resolve("pricebook.csv")));
		PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		JobExecution clean = this.launcher.launch(request, (seq) -> this.outputs.resolve("clean").toString(), log);
		// when
		partitionsBeforeFailure.set(2);
		JobExecution failed = this.launcher.launch(request, (seq) -> this.outputs.resolve("resumed").toString(), log);
		JobExecution resumed = this.launcher.launch(request, (seq) -> this.outputs.resolve("unused").toString(), log);
		// then
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String decisions = "SELECT COUNT(*) FROM ML_POLICY_DECISION WHERE RUN_ID = ?";
		assertThat(jdbc.queryForObject(decisions, Long.class, resumed.getJobInstance().getInstanceId())).isEqualTo(9);
		assertThat(jdbc.queryForObject(decisions, Long.class, clean.getJobInstance().getInstanceId())).isEqualTo(9);
		assertThat(read(this.outputs.resolve("resumed/discrepancies.csv")))
			.isEqualTo(read(this.outputs.resolve("clean/discrepancies.csv")))
			.contains("POLICY_VIOLATION,D-000039,");
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@TestConfiguration
	static class FailingResultWriter {

		/** The production writer, but failing once after a set number of partitions, as a crash would. */
		@Bean
		@StepScope
		ResultWriter resultWriter(DataSource dataSource, PlatformTransactionManager transactionManager,
				@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long runId) {
			return new ResultWriter(new JdbcTemplate(dataSource), transactionManager, runId) {

				@Override
				protected void write(PartitionResult result) {
					super.write(result);
					if (partitionsBeforeFailure.get() >= 0 && partitionsBeforeFailure.decrementAndGet() < 0) {
						throw new IllegalStateException("Injected failure after storing a partition");
					}
				}

			};
		}

	}

}
