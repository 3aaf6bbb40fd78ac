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
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.core.contract.CanonicalField;
import io.meshline.core.contract.RowResult;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.reconcile.GroupClassifier;
import io.meshline.jobs.audit.AuditedRunListener;
import io.meshline.readers.csv.ExportItemReader;

/**
 * {@code reconcileJob}: archive the inputs and record the run's manifest, stage the CRM export, stage
 * the ERP export, reject duplicate deal ids, classify every deal group, check the run's volumes for
 * drift, write the outputs. Every step runs in the DataSource transaction
 * manager, so a chunk's rows and its restart position commit together.
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfiguration {

	public static final String JOB_NAME = "reconcileJob";

	static final String LOAD_CRM_STEP = "loadCrmDealsStep";

	static final String LOAD_ERP_STEP = "loadErpInvoicesStep";

	static final String REJECT_DUPLICATES_STEP = "rejectDuplicateDealsStep";

	public static final String CLASSIFY_STEP = "classifyDealsStep";

	static final String WRITE_OUTPUTS_STEP = "writeOutputsStep";

	static final String CRM_READER = "crmExportReader";

	static final String ERP_READER = "erpExportReader";

	private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job reconcileJob(JobRepository jobRepository, AuditedRunListener auditedRunListener, Step archiveInputsStep,
			Step loadCrmDealsStep, Step loadErpInvoicesStep, Step rejectDuplicateDealsStep, Step classifyDealsStep,
			Step detectDriftStep, Step writeOutputsStep, Step updateExceptionsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(auditedRunListener)
			.start(archiveInputsStep)
			.next(loadCrmDealsStep)
			.next(loadErpInvoicesStep)
			.next(rejectDuplicateDealsStep)
			.next(classifyDealsStep)
			.next(detectDriftStep)
			.next(writeOutputsStep)
			.next(updateExceptionsStep)
			.build();
	}

	@Bean
	Step loadCrmDealsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ExportItemReader<CrmDeal> crmExportReader, StagingWriter<CrmDeal> crmStagingWriter,
			StepProgress stepProgress, @Value("${meshline.chunk.ingest:2000}") int chunk) {
		return loadStep(LOAD_CRM_STEP, jobRepository, transactionManager, crmExportReader, crmStagingWriter,
				stepProgress, chunk);
	}

	@Bean
	Step loadErpInvoicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ExportItemReader<ErpInvoice> erpExportReader, StagingWriter<ErpInvoice> erpStagingWriter,
			StepProgress stepProgress, @Value("${meshline.chunk.ingest:2000}") int chunk) {
		return loadStep(LOAD_ERP_STEP, jobRepository, transactionManager, erpExportReader, erpStagingWriter,
				stepProgress, chunk);
	}

	/** A step that stages one export: rows in, accepted records and rejections out, no processor. */
	private static <T> Step loadStep(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, ExportItemReader<T> reader, StagingWriter<T> writer,
			StepProgress stepProgress, int chunk) {
		return new StepBuilder(name, jobRepository).<RowResult<T>, RowResult<T>>chunk(chunk)
			.transactionManager(transactionManager)
			.reader(reader)
			.writer(writer)
			.listener(stepProgress)
			.build();
	}

	@Bean
	Step rejectDuplicateDealsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DuplicateDealRejector duplicateDealRejector) {
		return new StepBuilder(REJECT_DUPLICATES_STEP, jobRepository).tasklet(duplicateDealRejector, transactionManager)
			.build();
	}

	@Bean
	Step classifyDealsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DealGroupReader dealGroupReader, DealGroupClassifier dealGroupClassifier,
			FindingStagingWriter findingStagingWriter, PolicyDecisionWriter policyDecisionWriter,
			StepProgress stepProgress, @Value("${meshline.chunk.classify:1000}") int chunk) {
		return new StepBuilder(CLASSIFY_STEP, jobRepository).<NumberedGroup, ClassifiedGroup>chunk(chunk)
			.transactionManager(transactionManager)
			.reader(dealGroupReader)
			.processor(dealGroupClassifier)
			.writer(new CompositeItemWriter<>(findingStagingWriter, policyDecisionWriter))
			.listener(stepProgress)
			.build();
	}

	@Bean
	Step writeOutputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		return new StepBuilder(WRITE_OUTPUTS_STEP, jobRepository)
			.tasklet(new WriteOutputsTasklet(new JdbcTemplate(dataSource), jobRepository), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	ExportItemReader<CrmDeal> crmExportReader(ContractResolver contracts,
			@Value("#{jobParameters['crm.path']}") String path, @Value("#{jobParameters['crm.contract']}") String contract,
			@Value("#{jobParameters['default.currency']}") String defaultCurrency) {
		return ExportItemReader.crm(CRM_READER, Path.of(path), contracts.resolve(contract, defaultCurrency));
	}

	@Bean
	@StepScope
	ExportItemReader<ErpInvoice> erpExportReader(ContractResolver contracts,
			@Value("#{jobParameters['erp.path']}") String path, @Value("#{jobParameters['erp.contract']}") String contract,
			@Value("#{jobParameters['default.currency']}") String defaultCurrency) {
		return ExportItemReader.erp(ERP_READER, Path.of(path), contracts.resolve(contract, defaultCurrency));
	}

	@Bean
	@StepScope
	StagingWriter<CrmDeal> crmStagingWriter(DataSource dataSource, @Value(RUN_ID) Long runId,
			@Value("#{jobParameters['crm.path']}") String path) {
		return new StagingWriter<>(new JdbcTemplate(dataSource), runId, "CRM", path, new DealStagingTable());
	}

	@Bean
	@StepScope
	StagingWriter<ErpInvoice> erpStagingWriter(DataSource dataSource, @Value(RUN_ID) Long runId,
			@Value("#{jobParameters['erp.path']}") String path) {
		return new StagingWriter<>(new JdbcTemplate(dataSource), runId, "ERP", path, new InvoiceStagingTable());
	}

	@Bean
	@StepScope
	DuplicateDealRejector duplicateDealRejector(DataSource dataSource, ContractResolver contracts,
			@Value(RUN_ID) Long runId, @Value("#{jobParameters['crm.path']}") String path,
			@Value("#{jobParameters['crm.contract']}") String contract) {
		String idColumn = contracts.resolve(contract, null).fields().get(CanonicalField.DEAL_ID).columns().get(0);
		return new DuplicateDealRejector(new JdbcTemplate(dataSource), runId, path, idColumn);
	}

	@Bean
	@StepScope
	DealGroupReader dealGroupReader(DataSource dataSource, @Value(RUN_ID) Long runId) {
		return new DealGroupReader(dataSource, runId);
	}

	@Bean
	@StepScope
	DealGroupClassifier dealGroupClassifier(
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) throws IOException {
		ReconcileParameters p = ReconcileParameters.from(parameters);
		return new DealGroupClassifier(new GroupClassifier(ReconcileRulesFactory.rulesFor(p)),
				(p.policy() != null) ? p.policy().load() : DealPolicyCheck.none());
	}

	@Bean
	@StepScope
	FindingStagingWriter findingStagingWriter(DataSource dataSource, @Value(RUN_ID) Long runId) {
		return new FindingStagingWriter(new JdbcTemplate(dataSource), runId);
	}

	@Bean
	@StepScope
	PolicyDecisionWriter policyDecisionWriter(DataSource dataSource, @Value(RUN_ID) Long runId) {
		return new PolicyDecisionWriter(new JdbcTemplate(dataSource), runId);
	}

	@Bean
	StepProgress stepProgress(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new StepProgress()
			.expecting(LOAD_CRM_STEP, (step) -> ExpectedRows.dataLinesIn(parameters(step).crmPath()))
			.expecting(LOAD_ERP_STEP, (step) -> ExpectedRows.dataLinesIn(parameters(step).erpPath()))
			.expecting(CLASSIFY_STEP,
					(step) -> ExpectedRows.dealsStaged(jdbc, step.getJobExecution().getJobInstance().getInstanceId()));
	}

	private static ReconcileParameters parameters(StepExecution step) {
		return ReconcileParameters.from(step.getJobExecution().getJobParameters());
	}

}
