package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.core.contract.CanonicalField;
import io.meshline.core.contract.Contract;
import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.reconcile.GroupClassifier;
import io.meshline.core.reconcile.ReconcileRules;
import io.meshline.jobs.audit.AuditedRunListener;
import io.meshline.jobs.reconcile.partition.PartitionedReconcile;
import io.meshline.jobs.reconcile.partition.ResultWriter;
import io.meshline.jobs.support.UnloggedBulkWrites;

/**
 * {@code reconcileJob}: archive the inputs and record the run's manifest, read and classify both
 * exports ({@link ClassifyExportsTasklet}), check the run's volumes for drift, write the outputs,
 * update the exceptions.
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfiguration {

	public static final String JOB_NAME = "reconcileJob";

	public static final String CLASSIFY_STEP = "classifyDealsStep";

	static final String WRITE_OUTPUTS_STEP = "writeOutputsStep";

	private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job reconcileJob(JobRepository jobRepository, AuditedRunListener auditedRunListener, Step archiveInputsStep,
			Step classifyDealsStep, Step detectDriftStep, Step writeOutputsStep, Step updateExceptionsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(auditedRunListener)
			.start(archiveInputsStep)
			.next(classifyDealsStep)
			.next(detectDriftStep)
			.next(writeOutputsStep)
			.next(updateExceptionsStep)
			.build();
	}

	/**
	 * Its rows commit in batches as they are written (no transaction around the whole step), without
	 * the embedded database's redo log until the step's checkpoint; a restart deletes them and does
	 * the step again.
	 */
	@Bean
	Step classifyDealsStep(JobRepository jobRepository, ClassifyExportsTasklet classifyExportsTasklet,
			StepProgress stepProgress, UnloggedBulkWrites unloggedBulkWrites) {
		return new StepBuilder(CLASSIFY_STEP, jobRepository)
			.tasklet(classifyExportsTasklet, new ResourcelessTransactionManager())
			.listener(stepProgress)
			.listener(unloggedBulkWrites)
			.build();
	}

	@Bean
	Step writeOutputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, @Value("${meshline.home}") String home) {
		return new StepBuilder(WRITE_OUTPUTS_STEP, jobRepository)
			.tasklet(new WriteOutputsTasklet(new JdbcTemplate(dataSource), jobRepository, home), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	ClassifyExportsTasklet classifyExportsTasklet(DataSource dataSource, ContractResolver contracts,
			ResultWriter resultWriter, StepProgress stepProgress, @Value("${meshline.home}") String home,
			@Value("${meshline.reconcile.threads:2}") int threads,
			@Value("${meshline.reconcile.partition-bytes:8388608}") long partitionBytes,
			@Value("${meshline.reconcile.min-partition-bytes:2097152}") long minPartitionBytes,
			@Value("${meshline.reconcile.chunk-bytes:1048576}") int chunkBytes,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters,
			@Value(RUN_ID) Long runId) throws IOException {
		ReconcileParameters p = ReconcileParameters.from(parameters);
		Contract crm = contracts.resolve(p.crmContract(), p.defaultCurrency());
		Contract erp = contracts.resolve(p.erpContract(), p.defaultCurrency());
		ReconcileRules rules = ReconcileRulesFactory.rulesFor(p);
		PartitionedReconcile.Inputs inputs = new PartitionedReconcile.Inputs(Path.of(p.crmPath()), crm,
				idColumn(crm, CanonicalField.DEAL_ID), Path.of(p.erpPath()), erp, idColumn(erp, CanonicalField.INVOICE_ID),
				new GroupClassifier(rules), (p.policy() != null) ? p.policy().load() : DealPolicyCheck.none(),
				rules.scope());
		PartitionedReconcile.Settings settings = new PartitionedReconcile.Settings(
				ClassifyExportsTasklet.spillDirectory(home, runId),
				ClassifyExportsTasklet.findingsDirectory(home, runId), threads, partitionBytes, minPartitionBytes,
				chunkBytes);
		return new ClassifyExportsTasklet(new PartitionedReconcile(inputs, settings), new JdbcTemplate(dataSource),
				resultWriter, stepProgress);
	}

	private static String idColumn(Contract contract, CanonicalField field) {
		return contract.fields().get(field).columns().get(0);
	}

	@Bean
	@StepScope
	ResultWriter resultWriter(DataSource dataSource, PlatformTransactionManager transactionManager,
			@Value(RUN_ID) Long runId) {
		return new ResultWriter(new JdbcTemplate(dataSource), transactionManager, runId);
	}

	@Bean
	StepProgress stepProgress() {
		return new StepProgress().expecting(CLASSIFY_STEP, (step) -> {
			ReconcileParameters p = ReconcileParameters.from(step.getJobExecution().getJobParameters());
			long crm = ExpectedRows.dataLinesIn(p.crmPath());
			long erp = ExpectedRows.dataLinesIn(p.erpPath());
			return (crm < 0 || erp < 0) ? -1 : crm + erp;
		});
	}

}
