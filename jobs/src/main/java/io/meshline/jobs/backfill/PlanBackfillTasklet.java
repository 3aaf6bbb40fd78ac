package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.backfill.SampleSlice;
import io.meshline.core.money.CurrencyScale;
import io.meshline.jobs.backfill.BackfillBatches.PlanRow;
import io.meshline.jobs.policy.PolicyHolds;

/**
 * {@code planBackfillStep}: every {@code MISSING_IN_ERP} deal of the source run, joined to its
 * staged CRM row, in the sample slice, becomes a plan row: included, or left out with the reason
 * (another batch already claimed or wrote the key for this target, the run's policy blocks the deal
 * or holds it for an approval not yet given, the target cannot carry it, or {@code --max-writes}
 * was reached). Unless it is a dry run, the batch claims its keys in the
 * write ledger in the same transaction. Writes {@code plan.csv}; on a dry run ends the job.
 */
class PlanBackfillTasklet implements Tasklet {

	static final ExitStatus DRY_RUN = new ExitStatus("DRY_RUN");

	private static final String SOURCE = "SELECT f.CRM_ID, d.ACCOUNT_ID, d.ACCOUNT_NAME, d.DEAL_NAME, d.AMOUNT, "
			+ "d.CURRENCY, d.CLOSE_DATE, d.OWNER, l.STATE, l.BATCH_ID FROM ML_FINDING f "
			+ "JOIN ML_CRM_DEAL d ON d.RUN_ID = f.RUN_ID AND d.DEAL_ID = f.CRM_ID "
			+ "LEFT JOIN ML_WRITE_LEDGER l ON l.TARGET = ? AND l.IDEMPOTENCY_KEY = f.CRM_ID "
			+ "WHERE f.RUN_ID = ? AND f.FINDING = 'MISSING_IN_ERP' ORDER BY f.CRM_ID";

	private final JdbcTemplate jdbc;

	private final SourceRuns sourceRuns;

	PlanBackfillTasklet(JdbcTemplate jdbc, SourceRuns sourceRuns) {
		this.jdbc = jdbc;
		this.sourceRuns = sourceRuns;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long batchId = job.getJobInstance().getInstanceId();
		BackfillParameters p = BackfillParameters.from(job.getJobParameters());
		Path out = Path.of(p.outDir());
		BackfillTarget target = BackfillTargets.of(p.targetKind(), p.targetUrl(), out);
		Map<String, String> crosswalk = this.sourceRuns.crosswalkOf(p.fromRun());
		SampleSlice slice = SampleSlice.parse(p.samplePercent());
		String why = "MISSING_IN_ERP in reconcile run " + p.fromRun() + ": won deal not invoiced"
				+ ("100".equals(slice.percentText()) ? "" : "; in the " + slice.percentText() + "% sample");
		PolicyHolds holds = PolicyHolds.forRun(this.jdbc, p.fromRun());
		List<PlanRow> rows = new ArrayList<>();
		List<String> claims = new ArrayList<>();
		this.jdbc.query(SOURCE, (ResultSet rs) -> {
			String dealId = rs.getString("CRM_ID");
			if (!slice.includes(dealId)) {
				return;
			}
			String currency = rs.getString("CURRENCY").trim();
			String accountId = rs.getString("ACCOUNT_ID");
			String accountName = rs.getString("ACCOUNT_NAME");
			String accountKey = (accountId != null && !accountId.isBlank()) ? accountId : accountName;
			PlannedInvoice invoice = new PlannedInvoice(dealId, accountId, accountName, rs.getString("DEAL_NAME"),
					CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency), currency,
					rs.getObject("CLOSE_DATE", java.time.LocalDate.class), rs.getString("OWNER"),
					(accountKey != null) ? crosswalk.get(accountKey) : null);
			String skip = skipReason(rs.getString("STATE"), rs.getObject("BATCH_ID", Long.class), batchId, target,
					invoice, holds.reasonToLeaveOut(dealId),
					(p.maxWrites() != null && claims.size() >= p.maxWrites()) ? p.maxWrites() : null);
			if (skip == null) {
				claims.add(dealId);
			}
			String approval = holds.approval(dealId);
			String included = (approval != null) ? why + "; " + approval : why;
			rows.add(new PlanRow(invoice, skip == null, (skip == null) ? included : why + "; left out: " + skip,
					target.recordFor(invoice)));
		}, target.ledgerName(), p.fromRun());
		BackfillBatches batches = new BackfillBatches(this.jdbc);
		WriteLedger ledger = new WriteLedger(this.jdbc);
		ledger.releasePlanned(batchId);
		batches.replacePlan(batchId, rows);
		if (!p.dryRun()) {
			ledger.claim(target.ledgerName(), batchId, claims);
		}
		batches.record(batchId, p, target, p.dryRun() ? BackfillBatches.DRY_RUN : BackfillBatches.PLANNED);
		Files.createDirectories(out);
		PlanCsvWriter.write(out.resolve("plan.csv"), rows);
		contribution.incrementWriteCount(claims.size());
		if (p.dryRun()) {
			contribution.setExitStatus(DRY_RUN);
		}
		return RepeatStatus.FINISHED;
	}

	private static String skipReason(String state, Long holder, long batchId, BackfillTarget target,
			PlannedInvoice invoice, String policyHold, Long cap) {
		if (state != null && holder != null && holder != batchId) {
			return WriteLedger.WRITTEN.equals(state) ? "already written to " + target.ledgerName() + " by batch " + holder
					: "claimed by batch " + holder + " (" + state + "), not yet promoted";
		}
		if (policyHold != null) {
			return policyHold;
		}
		String unsupported = target.unsupported(invoice);
		if (unsupported != null) {
			return unsupported;
		}
		return (cap != null) ? "beyond --max-writes " + cap : null;
	}

}
