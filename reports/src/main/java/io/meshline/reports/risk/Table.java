package io.meshline.reports.risk;

import java.util.List;

import io.meshline.reports.template.TableRow;

/**
 * A report table ready to print: a title, its column headings and its formatted rows. The PDF
 * prints it through the template of the same {@code name}; the HTML page prints it as it is.
 *
 * @param name the template name, such as {@code risk-by-age}
 * @param title the heading above the table
 * @param headers the column headings
 * @param rightAligned which columns hold numbers
 * @param rows the rows, totals included
 * @param note a sentence under the table, or {@code null}
 */
public record Table(String name, String title, List<String> headers, List<Boolean> rightAligned, List<TableRow> rows,
		String note) {

}
