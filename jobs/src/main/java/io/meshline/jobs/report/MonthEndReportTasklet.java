package io.meshline.jobs.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.meshline.reports.data.ReportStore;
import io.meshline.reports.monthend.MonthEndFigures;
import io.meshline.reports.monthend.MonthEndPack;
import io.meshline.reports.monthend.PackOptions;
import io.meshline.reports.template.ReportTemplates;

/** Gathers the month's figures and writes the pack; the page count goes to the step's context. */
class MonthEndReportTasklet implements Tasklet {

	static final String PAGES = "pages";

	static final String FIGURES_RUN = "figures.run";

	private final ReportStore store;

	private final ReportTemplates templates;

	MonthEndReportTasklet(ReportStore store, ReportTemplates templates) {
		this.store = store;
		this.templates = templates;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		ReportParameters parameters = ReportParameters
			.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
		MonthEndFigures figures = MonthEndFigures.gather(this.store, parameters.month());
		PackOptions options = new PackOptions(parameters.company(), parameters.preparedBy(), LocalDateTime.now(),
				MeshlineVersion.get());
		int pages = new MonthEndPack(this.templates).writePdf(figures, options, Path.of(parameters.out()));
		var context = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		context.putInt(PAGES, pages);
		context.putLong(FIGURES_RUN, figures.figuresRun().runId());
		contribution.incrementWriteCount(pages);
		return RepeatStatus.FINISHED;
	}

}
