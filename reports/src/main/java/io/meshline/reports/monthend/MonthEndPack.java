package io.meshline.reports.monthend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRTemplatePrintText;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import io.meshline.reports.Amounts;
import io.meshline.reports.data.BackfillBatchLine;
import io.meshline.reports.data.QueueLine;
import io.meshline.reports.data.RunFigures;
import io.meshline.reports.data.RunRecord;
import io.meshline.reports.risk.RiskTables;
import io.meshline.reports.risk.Table;
import io.meshline.reports.template.RecordDataSource;
import io.meshline.reports.template.ReportTemplates;
import io.meshline.reports.template.TableRow;

/**
 * Fills the month-end pack and writes it as one PDF: cover, summary, revenue at risk, exceptions
 * and backfill, trend. Each part is filled from its template, then the pages are put together and
 * numbered "Page n of N". Not thread-safe.
 */
public final class MonthEndPack {

	private static final String PAGE_NUMBER_KEY = "pageNumber";

	private final ReportTemplates templates;

	public MonthEndPack(ReportTemplates templates) {
		this.templates = templates;
	}

	/** Fills every part and writes the PDF to {@code out}, replacing it; returns the number of pages. */
	public int writePdf(MonthEndFigures figures, PackOptions options, Path out) throws IOException {
		try {
			JasperPrint pack = fill(figures, options);
			Path parent = out.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path partial = Files.createTempFile(parent, ".month-end-", ".pdf.part");
			try {
				export(pack, partial, figures, options);
				Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(partial);
			}
			return pack.getPages().size();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not fill the month-end pack: " + ex.getMessage(), ex);
		}
	}

	JasperPrint fill(MonthEndFigures figures, PackOptions options) throws JRException {
		Map<String, Object> common = common(figures, options);
		List<JasperPrint> parts = new ArrayList<>();
		parts.add(cover(figures, options, common));
		parts.add(section(common, summary(figures)));
		parts.add(section(common, risk(figures)));
		parts.add(section(common, exceptionsAndBackfill(figures)));
		parts.add(section(common, trend(figures)));
		JasperPrint pack = parts.get(0);
		for (JasperPrint part : parts.subList(1, parts.size())) {
			part.getPages().forEach(pack::addPage);
		}
		number(pack.getPages());
		return pack;
	}

	private Map<String, Object> common(MonthEndFigures figures, PackOptions options) {
		Map<String, Object> p = new HashMap<>();
		String company = (options.company() != null) ? options.company() + " · " : "";
		p.put("HEADER", company + "Month-end reconciliation pack · " + period(figures));
		p.put("FOOTER", "Meshline " + options.version() + " · generated "
				+ options.generated().format(SummaryTables.MINUTE) + " · figures from run "
				+ figures.figuresRun().runId());
		return p;
	}

	private JasperPrint cover(MonthEndFigures figures, PackOptions options, Map<String, Object> common)
			throws JRException {
		Map<String, Object> p = new HashMap<>(common);
		RunRecord run = figures.figuresRun();
		p.put("COMPANY", options.company());
		p.put("PERIOD", period(figures) + " (" + figures.month().atDay(1) + " to " + figures.month().atEndOfMonth()
				+ ")");
		p.put("COVERAGE", figures.runsOfMonth().size() + ((figures.runsOfMonth().size() == 1) ? " reconcile run"
				: " reconcile runs") + " completed in the month. The summary and revenue-at-risk figures are those of run "
				+ run.runId() + ", the latest (finished " + run.finished().format(SummaryTables.MINUTE) + ", "
				+ run.figures().scope() + "), and agree to the cent with its summary.json. The trend covers the last "
				+ figures.trendRuns().size() + " runs up to the month end. Revenue at risk is aged to "
				+ figures.month().atEndOfMonth() + ".");
		p.put("PREPARED_BY", options.preparedBy());
		List<CoverRun> rows = figures.runsOfMonth().stream().map((r) -> CoverRun.of(r, r == run)).toList();
		return JasperFillManager.fillReport(this.templates.get("cover"), p, new RecordDataSource(rows));
	}

	private JasperPrint section(Map<String, Object> common, Section section) throws JRException {
		Map<String, Object> p = new HashMap<>(common);
		p.put("SECTION_TITLE", section.title());
		p.put("SECTION_SUBTITLE", section.subtitle());
		p.put("INTRO", section.intro());
		p.put("CHART", section.chart());
		for (int i = 0; i < section.tables().size(); i++) {
			Table table = section.tables().get(i);
			int slot = i + 1;
			p.put("HEADING_" + slot, table.title());
			p.put("NOTE_" + slot, table.note());
			if (table.name() != null) {
				p.put("TABLE_" + slot, this.templates.get(table.name()));
				p.put("ROWS_" + slot, table.rows());
			}
		}
		return JasperFillManager.fillReport(this.templates.get("section"), p, new JREmptyDataSource(1));
	}

	private static Section summary(MonthEndFigures figures) {
		RunRecord run = figures.figuresRun();
		RunFigures f = run.figures();
		String intro = "Match rate: " + SummaryTables.percent(f.matchRatePercent()) + " (" + f.matchedDeals() + " of "
				+ f.dealsInScope() + " won deals in scope invoiced in full, with no finding).\n" + "Findings: "
				+ f.findingCount() + ".\nRevenue at risk: " + Amounts.list(f.revenueAtRisk(), " · ")
				+ ".\nOver-billed: " + Amounts.list(f.overBilled(), " · ") + ".";
		return new Section("Summary", subtitle(run), intro, null,
				List.of(SummaryTables.wonVsInvoiced(figures.volumes(), f), SummaryTables.findingsByClass(f),
						SummaryTables.findingsByCurrency(figures.findingTotals())));
	}

	private static Section risk(MonthEndFigures figures) {
		return new Section("Revenue at risk", subtitle(figures.figuresRun()),
				"Revenue at risk: the amount of won deals not invoiced (missing, void-only, billed only in another "
						+ "currency) and the shortfall of under-billed deals.",
				null, RiskTables.of(figures.risk()));
	}

	private static Section exceptionsAndBackfill(MonthEndFigures figures) {
		return new Section("Exceptions by queue and backfill activity", null,
				"Exceptions are the findings runs keep across nights, each with an owner queue and an SLA "
						+ "deadline ('meshline exceptions list' shows them one by one).",
				null, List.of(exceptionsByQueue(figures), backfillActivity(figures)));
	}

	/** Open and overdue exceptions per queue now, and what the month resolved and how fast. */
	private static Table exceptionsByQueue(MonthEndFigures figures) {
		List<TableRow> rows = new ArrayList<>();
		for (QueueLine line : figures.queues()) {
			rows.add(TableRow.of(null, line.queue(), Long.toString(line.open()), Long.toString(line.overdue()),
					Long.toString(line.escalated()), Long.toString(line.resolvedInMonth()), mttr(line.mttr()),
					(line.oldestOpenSince() != null) ? line.oldestOpenSince().format(SummaryTables.MINUTE) : "-"));
		}
		String note = "Open, overdue (past the SLA deadline, not acknowledged or approved) and escalated as of "
				+ figures.asOf().format(SummaryTables.MINUTE) + "; resolved and mean time to resolve (from finding "
				+ "or reopening to resolution) in " + figures.month() + ".";
		return new Table("exceptions-by-queue", "Exceptions by queue",
				List.of("Queue", "Open", "Overdue", "Escalated", "Resolved in month", "MTTR in month",
						"Oldest open since"),
				List.of(false, true, true, true, true, true, false), rows, note);
	}

	private static String mttr(Duration mttr) {
		if (mttr == null) {
			return "-";
		}
		long minutes = mttr.toMinutes();
		return (minutes >= 24 * 60) ? String.format("%dd %02dh", minutes / (24 * 60), (minutes / 60) % 24)
				: String.format("%dh %02dm", minutes / 60, minutes % 60);
	}

	/** The backfill batches that changed in the month: what each planned, per currency, and where it stands. */
	private static Table backfillActivity(MonthEndFigures figures) {
		List<TableRow> rows = new ArrayList<>();
		for (BackfillBatchLine line : figures.backfill()) {
			String mode = line.dryRun() ? "dry run, " + line.samplePct() + "%" : line.samplePct() + "%";
			rows.add(TableRow.of(null, Long.toString(line.batchId()),
					Long.toString(line.fromRun()), line.target() + " (" + mode + ")", line.status(),
					Long.toString(line.keys()), (line.currency() != null) ? line.currency() : "-",
					(line.amount() != null) ? Amounts.format(line.amount(), line.currency()) : "-"));
		}
		String note = rows.isEmpty() ? "No backfill batch was planned or changed in " + figures.month() + "."
				: "Batches planned or changed in " + figures.month() + ", a line per currency of the deals each "
						+ "planned to write. Published batches passed the promotion gate; 'meshline verify --batch ID' "
						+ "checks what landed in the target.";
		return new Table("backfill-activity", "Backfill activity",
				List.of("Batch", "From run", "Target", "Status", "Deals", "Currency", "Planned amount"),
				List.of(false, false, false, false, true, false, true), rows, note);
	}

	private Section trend(MonthEndFigures figures) {
		List<RunRecord> runs = figures.trendRuns();
		return new Section("Trend over the last runs", "The last " + runs.size()
				+ " completed reconcile runs up to " + figures.month().atEndOfMonth() + ", oldest first.", null,
				new TrendChart().draw(runs), List.of(SummaryTables.trend(runs)));
	}

	private static String subtitle(RunRecord run) {
		return "Figures of run " + run.runId() + ", the latest reconcile run of the month (finished "
				+ run.finished().format(SummaryTables.MINUTE) + "; " + run.figures().scope() + ").";
	}

	private static String period(MonthEndFigures figures) {
		return figures.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
				+ figures.month().getYear();
	}

	/** Replaces each page's "Page n" with "Page n of N" across the whole pack. */
	private static void number(List<JRPrintPage> pages) {
		for (int i = 0; i < pages.size(); i++) {
			for (JRPrintElement element : pages.get(i).getElements()) {
				if (PAGE_NUMBER_KEY.equals(element.getKey()) && element instanceof JRTemplatePrintText text) {
					text.setText("Page " + (i + 1) + " of " + pages.size());
				}
			}
		}
	}

	private static void export(JasperPrint pack, Path file, MonthEndFigures figures, PackOptions options)
			throws JRException {
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(pack));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle("Month-end reconciliation pack " + figures.month());
		configuration.setMetadataAuthor((options.preparedBy() != null) ? options.preparedBy() : "Meshline");
		configuration.setMetadataCreator("Meshline " + options.version());
		exporter.setConfiguration(configuration);
		exporter.exportReport();
	}

	/** One part of the pack filled from the section template. */
	record Section(String title, String subtitle, String intro, java.awt.Image chart, List<Table> tables) {

		Section {
			if (tables.size() > 4) {
				throw new IllegalArgumentException("A section holds at most 4 tables, not " + tables.size() + ".");
			}
		}

	}

	/** One run on the cover. */
	record CoverRun(String heading, String crm, String erp, Boolean figures) {

		static CoverRun of(RunRecord run, boolean figures) {
			RunFigures f = run.figures();
			String heading = "Run " + run.runId() + " · finished " + run.finished().format(SummaryTables.MINUTE) + " · "
					+ f.scope() + " · " + f.findingCount() + " findings, match rate "
					+ SummaryTables.percent(f.matchRatePercent()) + (figures ? " · figures of this pack" : "");
			return new CoverRun(heading, input("CRM", run.crmPath(), f.crmContract(), run.crmSha256()),
					input("ERP", run.erpPath(), f.erpContract(), run.erpSha256()), figures);
		}

		private static String input(String side, String path, String contract, String sha256) {
			return side + "  " + path + ((contract != null) ? " (" + contract + ")" : "") + "\n     sha256 "
					+ ((sha256 != null) ? sha256 : "not recorded");
		}

	}

}
