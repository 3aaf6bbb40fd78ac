package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import io.meshline.jobs.reconcile.partition.PartitionResult;
import io.meshline.jobs.reconcile.partition.ResultWriter;
import io.meshline.jobs.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that fails in the middle of storing its partitions' results, then resumes: the outputs must
 * equal those of a run that never failed, and every stored row must be there once.
 */
@SpringBootTest(properties = { "spring.main.allow-bean-definition-overriding=true", "meshline.reconcile.partition-bytes=1024" })
class ReconcileRestartTests {

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
	void shouldResumeAFailedClassificationAndProduceTheSameOutputsWithoutDuplicateRows() throws Exception {
		// given
		SampleSet set = SampleSet.SALESFORCE_NETSUITE;
		ReconcileParameters request = request(set);
		PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		JobExecution clean = this.launcher.launch(request, (seq) -> this.outputs.resolve("clean").toString(), log);
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// when
		partitionsBeforeFailure.set(2);
		JobExecution failed = this.launcher.launch(request, (seq) -> this.outputs.resolve("resumed").toString(), log);
		JobExecution resumed = this.launcher.launch(request, (seq) -> this.outputs.resolve("unused").toString(), log);
		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		long run = resumed.getJobInstance().getInstanceId();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long crmRows = Files.readAllLines(set.crm()).size() - 1;
		long cleanRun = clean.getJobInstance().getInstanceId();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ML_FINDING WHERE RUN_ID = ?", Long.class, run)).isPositive();
		for (String table : new String[] { "ML_FINDING", "ML_CRM_DEAL", "ML_REJECT", "ML_RUN_VOLUME" }) {
			String count = "SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?";
			assertThat(jdbc.queryForObject(count, Long.class, run)).as(table)
				.isEqualTo(jdbc.queryForObject(count, Long.class, cleanRun));
		}
		assertThat(Files.exists(this.outputs.resolve("unused"))).isFalse();
		assertThat(jdbc.queryForObject("SELECT SUMMARY_JSON FROM ML_RUN WHERE RUN_ID = ?", String.class, run))
			.contains("\"run_id\":" + run, "\"rows_read\":" + crmRows, "\"status\":\"COMPLETED\"");
		for (String file : new String[] { "discrepancies.csv", "rejects.csv" }) {
			assertThat(read(this.outputs.resolve("resumed").resolve(file)))
				.isEqualTo(read(this.outputs.resolve("clean").resolve(file)));
		}
	}

	@Test
	void shouldWriteTheSameOutputsFromTheDatabaseWhenTheFindingsFilesAreGone() throws Exception {
		// given: a run whose classification completed, then failed writing its outputs (a file where
		// its output folder should be), and whose findings files were removed before it resumed
		SampleSet set = SampleSet.SALESFORCE_NETSUITE;
		ReconcileParameters request = request(set);
		PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		JobExecution clean = this.launcher.launch(request, (seq) -> this.outputs.resolve("clean").toString(), log);
		Path blocked = Files.writeString(this.outputs.resolve("blocked"), "not a folder");
		JobExecution failed = this.launcher.launch(request, (seq) -> blocked.toString(), log);
		Path kept = ClassifyExportsTasklet.findingsDirectory(home.toString(), failed.getJobInstance().getInstanceId());
		boolean keptAfterFailure = Files.isRegularFile(kept.resolve("complete"));
		try (var files = Files.list(kept)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(blocked);
		// when
		JobExecution resumed = this.launcher.launch(request, (seq) -> this.outputs.resolve("unused").toString(), log);
		// then
		assertThat(clean.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ClassifyExportsTasklet.findingsDirectory(home.toString(), clean.getJobInstance().getInstanceId()))
			.as("a completed run leaves no findings files").doesNotExist();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(keptAfterFailure).as("the failed run's findings files were complete").isTrue();
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		for (String file : new String[] { "discrepancies.csv", "rejects.csv" }) {
			assertThat(read(blocked.resolve(file))).isEqualTo(read(this.outputs.resolve("clean").resolve(file)));
		}
	}

	private static ReconcileParameters request(SampleSet set) throws IOException {
		// Real hashes: the run archives its inputs and stops if one is not the file that was checked.
		return new ReconcileParameters(set.crm().toString(), set.crmFormat(), FileHash.sha256(set.crm()),
				set.erp().toString(), set.erpFormat(), FileHash.sha256(set.erp()), set.crosswalk().toString(), null, null, null,
				new java.math.BigDecimal("0.01"), 31, null, null, 0);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
