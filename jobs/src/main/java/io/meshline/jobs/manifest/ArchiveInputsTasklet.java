package io.meshline.jobs.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.meshline.jobs.manifest.InputArchive.Archived;
import io.meshline.jobs.support.Futures;

/**
 * {@code archiveInputsStep}, the first step of {@code reconcileJob}: copies every file the run
 * will read into the data directory's archive and records the run's manifest (files with their
 * hashes and sizes, options, tool version) in the step's transaction, before any data is read.
 * A CRM or ERP export whose hash is no longer the one checked at launch stops the run: it changed
 * in between, and the run would not be the one the user asked for.
 */
public class ArchiveInputsTasklet implements Tasklet {

	private final InputArchive archive;

	private final RunManifest manifest;

	private final String toolVersion;

	public ArchiveInputsTasklet(InputArchive archive, RunManifest manifest, String toolVersion) {
		this.archive = archive;
		this.manifest = manifest;
		this.toolVersion = toolVersion;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		JobParameters parameters = job.getJobParameters();
		List<ManifestEntry> entries = new ArrayList<>();
		this.archive.removeIncomplete();
		List<ManifestOptions.Option> options = ManifestOptions.of(parameters);
		List<Future<Archived>> copies = archiveFiles(options, parameters);
		for (int i = 0; i < options.size(); i++) {
			ManifestOptions.Option option = options.get(i);
			if (!option.isFile()) {
				entries.add(new ManifestEntry(ManifestEntry.OPTION, option.name(), option.value(), null, null));
				continue;
			}
			String checked = parameters.getString(option.role() + ".sha256");
			Archived archived = Futures.await(copies.get(i), "archiving the inputs");
			if (checked != null && !checked.equals(archived.sha256())) {
				throw new IllegalStateException(option.value() + " (" + option.name() + ") changed after the run was "
						+ "checked: its SHA-256 was " + checked + " and is now " + archived.sha256()
						+ ". Run the command again to reconcile the file as it is now.");
			}
			entries.add(new ManifestEntry(option.role(), option.name(), option.value(), archived.sha256(),
					archived.size()));
		}
		entries.add(new ManifestEntry(ManifestEntry.TOOL, "version", this.toolVersion, null, null));
		this.manifest.record(job.getJobInstance().getInstanceId(), entries);
		return RepeatStatus.FINISHED;
	}

	/** Copies the files (position by position; none for an option that is not a file) two at a time: the CRM and ERP exports are the large ones. */
	private List<Future<Archived>> archiveFiles(List<ManifestOptions.Option> options,
			JobParameters parameters) {
		ExecutorService pool = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "meshline-archive");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Archived>> copies = new ArrayList<>();
			for (ManifestOptions.Option option : options) {
				String checked = parameters.getString(option.role() + ".sha256");
				copies.add(option.isFile() ? pool.submit(() -> this.archive.archive(Path.of(option.value()), checked))
						: null);
			}
			return copies;
		}
		finally {
			pool.shutdown();
		}
	}

}
