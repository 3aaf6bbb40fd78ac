package io.meshline.reports.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import io.meshline.reports.Amounts;
import io.meshline.reports.data.RunRecord;
import io.meshline.reports.risk.Table;
import io.meshline.reports.template.TableRow;

/**
 * The revenue-at-risk tables as one self-contained HTML page (styles inline, no scripts, no
 * external files), so it opens from disk anywhere. Every text is escaped. Stateless.
 */
public final class RiskHtmlPage {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String STYLE = """
			body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#222;margin:2em auto;max-width:60em;font-size:14px}
			h1{color:#1F3A5F;font-size:1.6em;margin-bottom:.2em}h2{color:#1F3A5F;font-size:1.15em;margin-top:1.8em}
			p{line-height:1.4}table{border-collapse:collapse;width:100%}
			th{background:#1F3A5F;color:#fff;text-align:left;padding:.35em .5em;font-size:.9em}
			td{padding:.3em .5em;border-bottom:1px solid #C8CDD3}.num{text-align:right;font-variant-numeric:tabular-nums}
			tr.group td{border:none;font-weight:bold;color:#1F3A5F;padding-top:.9em}
			tr.total td{font-weight:bold;background:#EEF1F5;border-top:2px solid #1F3A5F}.note{color:#444;font-size:.9em}
			""";

	/** Writes the page for {@code run} to {@code file}, replacing it. */
	public void write(RunRecord run, List<Table> tables, Path file) throws IOException {
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Revenue at risk, run ")
			.append(run.runId())
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<h1>Revenue at risk</h1>\n<p>Run ")
			.append(run.runId())
			.append(", finished ")
			.append(run.finished().format(MINUTE))
			.append(" (")
			.append(escape(run.figures().scope()))
			.append("). Total: <strong>")
			.append(escape(Amounts.list(run.figures().revenueAtRisk(), " · ")))
			.append("</strong>, as in the run's summary.json.</p>\n");
		for (Table table : tables) {
			table(html, table);
		}
		html.append("</body>\n</html>\n");
		Files.writeString(file, html, StandardCharsets.UTF_8);
	}

	private static void table(StringBuilder html, Table table) {
		html.append("<h2>").append(escape(table.title())).append("</h2>\n");
		if (table.rows().isEmpty()) {
			html.append("<p>No revenue is at risk.</p>\n");
		}
		else {
			int columns = table.headers().size();
			html.append("<table>\n<thead><tr>");
			for (int i = 0; i < columns; i++) {
				html.append(table.rightAligned().get(i) ? "<th class=\"num\">" : "<th>")
					.append(escape(table.headers().get(i)))
					.append("</th>");
			}
			html.append("</tr></thead>\n<tbody>\n");
			String group = null;
			for (TableRow row : table.rows()) {
				if (row.group() != null && !Objects.equals(row.group(), group)) {
					html.append("<tr class=\"group\"><td colspan=\"").append(columns).append("\">")
						.append(escape(row.group()))
						.append("</td></tr>\n");
				}
				group = row.group();
				html.append(Boolean.TRUE.equals(row.total()) ? "<tr class=\"total\">" : "<tr>");
				List<String> cells = row.cells(columns);
				for (int i = 0; i < columns; i++) {
					html.append(table.rightAligned().get(i) ? "<td class=\"num\">" : "<td>")
						.append(escape(cells.get(i)))
						.append("</td>");
				}
				html.append("</tr>\n");
			}
			html.append("</tbody>\n</table>\n");
		}
		if (table.note() != null) {
			html.append("<p class=\"note\">").append(escape(table.note())).append("</p>\n");
		}
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				case '\n' -> out.append("<br>");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
