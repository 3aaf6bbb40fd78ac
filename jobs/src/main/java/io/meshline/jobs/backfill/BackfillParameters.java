package io.meshline.jobs.backfill;

import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.meshline.jobs.support.RunParameters;

/**
 * The job parameters of {@code backfillJob}, typed. The source run, target, slice, dry-run flag
 * and write cap identify a batch; the output folder and chunk size do not, so a resumed batch keeps
 * writing where it started. {@code run.seq} lets the same backfill be run again after a completed
 * batch (the write ledger then leaves out every key already written).
 *
 * @param targetUrl the published file (file targets; {@code null} for the default in the output
 * folder) or the JDBC URL
 * @param maxWrites the most records to plan, or {@code null} for no cap
 */
public record BackfillParameters(long fromRun, String targetKind, String targetUrl, boolean dryRun,
		String samplePercent, Long maxWrites, int chunk, String outDir, long runSeq)
		implements RunParameters<BackfillParameters> {

	static final String FROM_RUN = "from.run";

	static final String TARGET = "target";

	static final String TARGET_URL = "target.url";

	static final String DRY_RUN = "dry.run";

	static final String SAMPLE = "sample.pct";

	static final String MAX_WRITES = "max.writes";

	static final String CHUNK = "chunk";

	static final String OUT_DIR = "out.dir";

	static final String RUN_SEQ = "run.seq";

	public BackfillParameters {
		Objects.requireNonNull(targetKind, "targetKind");
		Objects.requireNonNull(samplePercent, "samplePercent");
	}

	@Override
	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder();
		builder.addString(FROM_RUN, Long.toString(this.fromRun), true);
		builder.addString(TARGET, this.targetKind, true);
		if (this.targetUrl != null) {
			builder.addString(TARGET_URL, this.targetUrl, true);
		}
		builder.addString(DRY_RUN, Boolean.toString(this.dryRun), true);
		builder.addString(SAMPLE, this.samplePercent, true);
		if (this.maxWrites != null) {
			builder.addString(MAX_WRITES, this.maxWrites.toString(), true);
		}
		builder.addString(CHUNK, Integer.toString(this.chunk), false);
		builder.addString(OUT_DIR, this.outDir, false);
		builder.addLong(RUN_SEQ, this.runSeq, true);
		return builder.toJobParameters();
	}

	public static BackfillParameters from(JobParameters p) {
		String maxWrites = p.getString(MAX_WRITES);
		String chunk = p.getString(CHUNK);
		Long seq = p.getLong(RUN_SEQ);
		return new BackfillParameters(Long.parseLong(p.getString(FROM_RUN)), p.getString(TARGET),
				p.getString(TARGET_URL), Boolean.parseBoolean(p.getString(DRY_RUN)), p.getString(SAMPLE),
				(maxWrites != null) ? Long.valueOf(maxWrites) : null, (chunk != null) ? Integer.parseInt(chunk) : 500,
				p.getString(OUT_DIR), (seq != null) ? seq : 0L);
	}

	/** The same batch definition with another sequence number and output folder. */
	@Override
	public BackfillParameters withRun(long seq, String out) {
		return new BackfillParameters(this.fromRun, this.targetKind, this.targetUrl, this.dryRun, this.samplePercent,
				this.maxWrites, this.chunk, out, seq);
	}

	/** Whether {@code other} is the same backfill (sequence, output folder and chunk size aside). */
	@Override
	public boolean sameWorkAs(BackfillParameters other) {
		return withRun(0, null).withChunk(0).equals(other.withRun(0, null).withChunk(0));
	}

	private BackfillParameters withChunk(int size) {
		return new BackfillParameters(this.fromRun, this.targetKind, this.targetUrl, this.dryRun, this.samplePercent,
				this.maxWrites, size, this.outDir, this.runSeq);
	}

}
