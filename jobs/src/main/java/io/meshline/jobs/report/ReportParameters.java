package io.meshline.jobs.report;

import java.time.LocalDateTime;
import java.time.YearMonth;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of the report jobs. {@code requested.at} is identifying, so each request is a
 * run of its own: a report is made again whenever asked (new runs may have completed since), and a
 * failed one is restartable by its execution id. Options that only shape the output are not
 * identifying.
 */
public record ReportParameters(YearMonth month, Long runId, String out, String company, String preparedBy,
		LocalDateTime requestedAt) {

	static final String MONTH = "month";

	static final String RUN_ID = "run.id";

	static final String OUT = "out";

	static final String COMPANY = "company";

	static final String PREPARED_BY = "prepared.by";

	static final String REQUESTED_AT = "requested.at";

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder();
		if (this.month != null) {
			builder.addString(MONTH, this.month.toString(), true);
		}
		if (this.runId != null) {
			builder.addLong(RUN_ID, this.runId, true);
		}
		builder.addString(OUT, this.out, false);
		if (this.company != null) {
			builder.addString(COMPANY, this.company, false);
		}
		if (this.preparedBy != null) {
			builder.addString(PREPARED_BY, this.preparedBy, false);
		}
		builder.addLocalDateTime(REQUESTED_AT, this.requestedAt, true);
		return builder.toJobParameters();
	}

	public static ReportParameters from(JobParameters parameters) {
		String month = parameters.getString(MONTH);
		return new ReportParameters((month != null) ? YearMonth.parse(month) : null, parameters.getLong(RUN_ID),
				parameters.getString(OUT), parameters.getString(COMPANY), parameters.getString(PREPARED_BY),
				parameters.getLocalDateTime(REQUESTED_AT));
	}

}
