package io.meshline.jobs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.meshline.reports.data.ReportStore;
import io.meshline.reports.data.RiskItem;
import io.meshline.reports.data.RunRecord;
import io.meshline.reports.html.RiskHtmlPage;
import io.meshline.reports.monthend.MonthEndFigures;
import io.meshline.reports.risk.RevenueAtRisk;
import io.meshline.reports.risk.RiskTables;

/**
 * Picks the run (the one asked for, the month's latest, or the latest of all), ages its revenue at
 * risk (to the month end with {@code --month}; otherwise to the run's as-of date, or the day it
 * finished when it had no window) and writes the CSV files and the HTML page.
 */
class RiskReportTasklet implements Tasklet {

	static final String HTML = "revenue-at-risk.html";

	private final ReportStore store;

	RiskReportTasklet(ReportStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		ReportParameters parameters = ReportParameters
			.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
		RunRecord run = run(parameters);
		LocalDate reportDate = (parameters.month() != null) ? parameters.month().atEndOfMonth()
				: (run.figures().asOf() != null) ? run.figures().asOf() : run.finished().toLocalDate();
		List<RiskItem> items = this.store.riskItems(run.runId());
		RevenueAtRisk risk = new RevenueAtRisk(items, reportDate);
		MonthEndFigures.verify(run, this.store.findingTotals(run.runId()), risk);
		Path out = Path.of(parameters.out());
		Files.createDirectories(out);
		new RiskCsvFiles(risk, run.runId()).writeTo(out);
		new RiskHtmlPage().write(run, RiskTables.of(risk), out.resolve(HTML));
		chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
			.putLong(MonthEndReportTasklet.FIGURES_RUN, run.runId());
		contribution.incrementWriteCount(items.size());
		return RepeatStatus.FINISHED;
	}

	private RunRecord run(ReportParameters parameters) {
		List<RunRecord> runs;
		if (parameters.runId() != null) {
			runs = this.store.run(parameters.runId()).stream().toList();
		}
		else if (parameters.month() != null) {
			runs = this.store.runsFinishedBetween(parameters.month().atDay(1).atStartOfDay(),
					parameters.month().plusMonths(1).atDay(1).atStartOfDay());
		}
		else {
			runs = this.store.lastRunsBefore(LocalDateTime.now().plusYears(100), 1);
		}
		if (runs.isEmpty()) {
			throw new IllegalStateException("There is no completed reconcile run to report on ("
					+ ((parameters.runId() != null) ? "run " + parameters.runId() : "month " + parameters.month()) + ").");
		}
		return runs.get(runs.size() - 1);
	}

}
