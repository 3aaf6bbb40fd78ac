package io.meshline.reports.template;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a report table: cells already formatted (amounts at their currency's scale), an
 * optional group heading (such as a currency) and whether it is a total row. Immutable.
 *
 * @param group the heading of the group the row belongs to, or {@code null} for an ungrouped table
 * @param total whether the row is a total, shown bold under a rule
 * @param c1 the first cell; {@code c2} to {@code c7} the next ones, {@code null} when the table has fewer
 */
public record TableRow(String group, Boolean total, String c1, String c2, String c3, String c4, String c5, String c6,
		String c7) {

	/** A detail row of {@code cells} (at most seven). */
	public static TableRow of(String group, String... cells) {
		return row(group, false, cells);
	}

	/** A total row of {@code cells} (at most seven). */
	public static TableRow total(String group, String... cells) {
		return row(group, true, cells);
	}

	private static TableRow row(String group, boolean total, String... cells) {
		if (cells.length > 7) {
			throw new IllegalArgumentException("A table row has at most 7 cells, not " + cells.length + ".");
		}
		String[] c = Arrays.copyOf(cells, 7);
		return new TableRow(group, total, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
	}

	/** The cells, without the trailing ones the table does not have. */
	public List<String> cells(int columns) {
		return Arrays.asList(this.c1, this.c2, this.c3, this.c4, this.c5, this.c6, this.c7).subList(0, columns);
	}

}
