package io.meshline.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.meshline.core.reconcile.FindingType;

/**
 * What a person reads after {@code reconcile}: a short summary on standard output, the reason on
 * standard error when the job failed, and the exit code those and the thresholds give.
 */
final class ReconcileReport {

	private final JobExecution execution;

	private final List<FindingType> failOn;

	private final BigDecimal maxRejectRate;

	ReconcileReport(JobExecution execution, List<FindingType> failOn, BigDecimal maxRejectRate) {
		this.execution = execution;
		this.failOn = (failOn != null) ? failOn : List.of();
		this.maxRejectRate = maxRejectRate;
	}

	int print(PrintStream out, PrintStream err) throws IOException {
		long run = this.execution.getJobInstance().getInstanceId();
		if (this.execution.getStatus() != BatchStatus.COMPLETED) {
			err.println("meshline: run " + run + " " + this.execution.getStatus() + " (execution "
					+ this.execution.getId() + "): " + failureOf(this.execution));
			err.println("Nothing committed is lost. Run the same command again, or 'meshline jobs restart "
					+ this.execution.getId() + "', to resume from the last committed chunk.");
			return ExitCodes.JOB_FAILED;
		}
		Path outDir = Path.of(this.execution.getJobParameters().getString("out.dir"));
		JsonNode summary = JsonMapper.builder().build().readTree(outDir.resolve("summary.json").toFile());
		out.println("Run " + run + " completed.");
		List<String> breaches = new ArrayList<>();
		for (String side : List.of("crm", "erp")) {
			JsonNode input = summary.path("inputs").path(side);
			long read = input.path("rows_read").asLong();
			long rejected = input.path("rejected").asLong();
			out.printf("  %s %s (%s): %,d rows read, %,d accepted, %,d rejected%n", side.toUpperCase(),
					input.path("path").asString(), input.path("contract").asString(), read, input.path("accepted").asLong(),
					rejected);
			if (this.maxRejectRate != null && read > 0 && BigDecimal.valueOf(rejected * 100)
				.divide(BigDecimal.valueOf(read), 6, RoundingMode.HALF_UP).compareTo(this.maxRejectRate) > 0) {
				breaches.add(side.toUpperCase() + " rejected " + rejected + " of " + read + " rows, more than "
						+ this.maxRejectRate.toPlainString() + "%");
			}
		}
		out.printf("  Won deals in scope: %,d; matched in full: %,d%n", summary.path("deals_in_scope").asLong(),
				summary.path("matched_deals").asLong());
		JsonNode parameters = summary.path("parameters");
		if (parameters.has("policy")) {
			out.println("  Policy: " + parameters.path("policy").asString() + " version "
					+ parameters.path("policy_version").asString() + " (POLICY_VIOLATION findings go to their queue)");
		}
		StringBuilder findings = new StringBuilder();
		for (Map.Entry<String, JsonNode> entry : summary.path("findings").properties()) {
			long count = entry.getValue().asLong();
			if (count > 0) {
				findings.append(findings.isEmpty() ? "" : ", ").append(entry.getKey()).append(' ').append(count);
				if (this.failOn.contains(FindingType.valueOf(entry.getKey()))) {
					breaches.add(count + " " + entry.getKey());
				}
			}
		}
		out.println("  Findings: " + (findings.isEmpty() ? "none" : findings));
		out.println("  Revenue at risk: " + money(summary.path("revenue_at_risk")));
		out.println("  Over-billed: " + money(summary.path("over_billed")));
		out.println("  Outputs: " + outDir);
		if (!breaches.isEmpty()) {
			err.println("meshline: thresholds breached: " + String.join("; ", breaches) + ".");
			return ExitCodes.THRESHOLD;
		}
		return ExitCodes.COMPLETED;
	}

	private static String money(JsonNode totals) {
		List<String> parts = new ArrayList<>();
		totals.properties().forEach((entry) -> parts.add(entry.getKey() + " " + entry.getValue().asString()));
		return parts.isEmpty() ? "none" : String.join(", ", parts);
	}

	static String failureOf(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return execution.getExitStatus().getExitDescription();
		}
		Throwable root = failures.get(0);
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return UserMessages.of(root);
	}

}
