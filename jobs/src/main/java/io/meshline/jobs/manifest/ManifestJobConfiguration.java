package io.meshline.jobs.manifest;

import java.nio.file.Path;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.meshline.jobs.report.MeshlineVersion;

/** The steps that record what a run read, for audit and replay. */
@Configuration(proxyBeanMethods = false)
public class ManifestJobConfiguration {

	public static final String ARCHIVE_INPUTS_STEP = "archiveInputsStep";

	@Bean
	InputArchive inputArchive(@Value("${meshline.home}") String home) {
		return new InputArchive(Path.of(home));
	}

	@Bean
	Step archiveInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputArchive inputArchive, RunManifest runManifest) {
		return new StepBuilder(ARCHIVE_INPUTS_STEP, jobRepository)
			.tasklet(new ArchiveInputsTasklet(inputArchive, runManifest, MeshlineVersion.get()), transactionManager)
			.build();
	}

}
