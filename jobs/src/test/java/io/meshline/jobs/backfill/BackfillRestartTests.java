package io.meshline.jobs.backfill;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.backfill.BackfillJobConfiguration.TargetGuardFactory;
import io.meshline.jobs.manifest.FileHash;
import io.meshline.jobs.policy.PolicyHolds;
import io.meshline.jobs.reconcile.ReconcileLauncher;
import io.meshline.jobs.reconcile.ReconcileParameters;
import io.meshline.jobs.support.TestDatabase;
import io.meshline.samples.GeneratorOptions;
import io.meshline.samples.PlantedFault;
import io.meshline.samples.SampleGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backfill that fails after staging a chunk but before committing it, as a crash would, then
 * resumes: the staged file and the published import hold every planned key exactly once.
 */
@SpringBootTest(properties = "spring.main.allow-bean-definition-overriding=true")
class BackfillRestartTests {

	@TempDir
	static Path home;

	/** Chunks still to stage before the injected failure; negative means never fail. */
	static final AtomicInteger chunksBeforeFailure = new AtomicInteger(-1);

	/** Chunks still to plan before the injected failure; negative means never fail. */
	static final AtomicInteger planChunksBeforeFailure = new AtomicInteger(-1);


	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("meshline.home", () -> home.toString());
		if (TestDatabase.postgres()) {
			registry.add("spring.datasource.url", () -> TestDatabase.url(home));
		}
	}

	@Autowired
	ReconcileLauncher reconcileLauncher;

	@Autowired
	BackfillLauncher backfillLauncher;

	@Autowired
	BatchPromotion promotion;

	@Autowired
	BatchVerification verification;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path work;

	@Test
	void shouldResumeAfterAFailedChunkAndPublishEveryKeyExactlyOnce() throws Exception {
		// given a reconciled set with many missing invoices
		PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		long run = reconcile(log);
		BackfillParameters request = new BackfillParameters(run, "netsuite-csv", null, false, "100", null, 6, null, 0);

		// when the third chunk fails after it was staged, and the same backfill runs again
		chunksBeforeFailure.set(3);
		JobExecution failed = this.backfillLauncher.launch(request, (seq) -> this.work.resolve("b").toString(), log);
		JobExecution resumed = this.backfillLauncher.launch(request, (seq) -> this.work.resolve("x").toString(), log);

		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long batch = resumed.getJobInstance().getInstanceId();
		assertThat(batch).isEqualTo(failed.getJobInstance().getInstanceId());
		List<String> planned = BackfillFixture.keys(this.work.resolve("b/plan.csv"), "write");
		assertThat(planned).hasSizeGreaterThan(30);
		List<String> staged = BackfillFixture.csv(this.work.resolve("b/staged-" + batch + ".csv"))
			.stream()
			.map((row) -> row.get("External ID"))
			.toList();
		assertThat(staged).containsExactlyElementsOf(planned);

		// when promoted
		BatchPromotion.Outcome outcome = this.promotion.promote(batch);

		// then
		assertThat(outcome.failures()).isEmpty();
		assertThat(outcome.added()).isEqualTo(planned.size());
		List<String> published = BackfillFixture.csv(this.work.resolve("b/netsuite-csv-import.csv"))
			.stream()
			.map((row) -> row.get("External ID"))
			.toList();
		assertThat(published).containsExactlyElementsOf(planned);
		assertThat(this.verification.verify(batch).residuals()).isEmpty();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForList("SELECT IDEMPOTENCY_KEY FROM ML_WRITE_LEDGER WHERE BATCH_ID = ?", String.class, batch))
			.containsExactlyInAnyOrderElementsOf(planned);
		assertThat(jdbc.queryForObject("SELECT STATUS FROM ML_BACKFILL_BATCH WHERE BATCH_ID = ?", String.class, batch))
			.isEqualTo("PROMOTED");
	}

	@Test
	void shouldResumeABatchThatFailedWhilePlanningAndWhileStagingWithEveryKeyClaimedOnce() throws Exception {
		// given a reconciled set, backfilled to a table of its own
		PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		long run = reconcile(log);
		String url = "jdbc:hsqldb:file:" + this.work.resolve("erp/erp") + ";shutdown=true";
		BackfillParameters request = new BackfillParameters(run, "jdbc", url, false, "100", null, 5, null, 0);
		Path out = this.work.resolve("b");

		// when the plan step fails in its third chunk, then the stage step in its fourth, and the same
		// backfill runs again after each failure
		planChunksBeforeFailure.set(2);
		JobExecution planFailed = this.backfillLauncher.launch(request, (seq) -> out.toString(), log);
		chunksBeforeFailure.set(3);
		JobExecution stageFailed = this.backfillLauncher.launch(request, (seq) -> out.toString(), log);
		JobExecution resumed = this.backfillLauncher.launch(request, (seq) -> out.toString(), log);

		// then
		assertThat(planFailed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(planFailed.getStepExecutions()).extracting("stepName").containsExactly("planBackfillStep");
		assertThat(stageFailed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(stageFailed.getStepExecutions()).extracting("stepName")
			.containsExactly("planBackfillStep", "stageInvoicesStep");
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long batch = resumed.getJobInstance().getInstanceId();
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> plan = BackfillFixture.csv(out.resolve("plan.csv")).stream().map((row) -> row.get("key")).toList();
		assertThat(plan).hasSizeGreaterThan(30).doesNotHaveDuplicates().isEqualTo(jdbc.queryForList(
				"SELECT DEAL_ID FROM ML_BACKFILL_PLAN WHERE BATCH_ID = ? ORDER BY DEAL_ID", String.class, batch));
		List<String> planned = BackfillFixture.keys(out.resolve("plan.csv"), "write");
		assertThat(planned).hasSize(plan.size());
		assertThat(jdbc.queryForList("SELECT IDEMPOTENCY_KEY FROM ML_WRITE_LEDGER WHERE BATCH_ID = ?",
				String.class, batch)).containsExactlyInAnyOrderElementsOf(planned);

		// when promoted
		BatchPromotion.Outcome outcome = this.promotion.promote(batch);

		// then every planned key is in the table once
		assertThat(outcome.failures()).isEmpty();
		assertThat(outcome.added()).isEqualTo(planned.size());
		assertThat(this.verification.verify(batch).residuals()).isEmpty();
		List<String> published = BackfillFixture.onDatabase(url, "SA",
				(erp) -> erp.queryForList("SELECT IDEMPOTENCY_KEY FROM ERP_INVOICE_IMPORT", String.class));
		assertThat(published).containsExactlyInAnyOrderElementsOf(planned);
	}

	private long reconcile(PrintStream log) throws Exception {
		Path data = this.work.resolve("data");
		SampleGenerator.generate(GeneratorOptions.defaults()
			.withDeals(200)
			.withFaultRate(0.4)
			.withFaultMix(Map.of(PlantedFault.MISSING, 1))
			.withAsOf(BackfillFixture.AS_OF), data);
		ReconcileParameters parameters = new ReconcileParameters(data.resolve("crm.csv").toString(), "salesforce",
				FileHash.sha256(data.resolve("crm.csv")), data.resolve("erp.csv").toString(), "netsuite",
				FileHash.sha256(data.resolve("erp.csv")), data.resolve("crosswalk.csv").toString(),
				null, null, null, new BigDecimal("0.01"), 31, null, null, 0);
		JobExecution execution = this.reconcileLauncher.launch(parameters,
				(seq) -> this.work.resolve("reconcile").toString(), log);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution.getJobInstance().getInstanceId();
	}

	@TestConfiguration
	static class FailingStaging {

		/** The production plan writer, failing once after a set number of chunks, before commit. */
		@Bean
		@StepScope
		PlanWriter planWriter(DataSource dataSource, SourceRuns sourceRuns, @Value("#{stepExecution}") StepExecution step) {
			BackfillParameters p = PlanStepsConfiguration.parameters(step);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			return new PlanWriter(jdbc, step.getJobExecution().getJobInstance().getInstanceId(), p,
					PlanStepsConfiguration.target(p), PolicyHolds.forRun(jdbc, p.fromRun()),
					() -> PlanStepsConfiguration.candidates(dataSource, sourceRuns, p)) {

				@Override
				public void write(Chunk<? extends CandidateReader.Candidate> chunk) {
					super.write(chunk);
					failOnce(planChunksBeforeFailure, "Injected failure after planning a chunk");
				}

			};
		}

		private static void failOnce(AtomicInteger chunksBeforeFailure, String message) {
			if (chunksBeforeFailure.get() >= 0 && chunksBeforeFailure.decrementAndGet() < 0) {
				throw new IllegalStateException(message);
			}
		}

		/** The production writer, failing once after a set number of chunks, after staging and before commit. */
		@Bean
		@StepScope
		StageWriter stageWriter(@Value("#{stepExecution}") StepExecution step, TargetGuardFactory guards,
				AuditTrail auditTrail) {
			BackfillParameters p = PlanStepsConfiguration.parameters(step);
			BackfillTarget backfillTarget = PlanStepsConfiguration.target(p);
			return new StageWriter(step.getJobExecution().getJobInstance().getInstanceId(), p, backfillTarget,
					guards.guard(backfillTarget.location()), auditTrail) {

				@Override
				public void write(Chunk<? extends BackfillBatches.PlanRow> chunk) {
					super.write(chunk);
					failOnce(chunksBeforeFailure, "Injected failure after staging a chunk");
				}

			};
		}

	}

}
