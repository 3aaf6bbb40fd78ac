package io.meshline.writers.output;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.meshline.core.exceptions.ExceptionRouting;
import io.meshline.core.exceptions.RoutingRule;
import io.meshline.core.exceptions.Severity;
import io.meshline.core.exceptions.Sla;
import io.meshline.core.reconcile.FindingType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a routing file: UTF-8 CSV with a header, the columns {@code finding} and {@code queue}
 * required, and optionally {@code severity} ({@code hard}/{@code soft}), {@code sla_hours} (whole
 * hours), {@code owner} (CRM deal owner, exact), {@code currency}, {@code min_amount} (included) and
 * {@code max_amount} (excluded) on the amount at stake. An empty cell means "any" or "the default".
 * Rows are rules in file order; the first that matches a finding wins. Stateless.
 */
public final class RoutingFile {

	static final List<String> COLUMNS = List.of("finding", "queue", "severity", "sla_hours", "owner", "currency",
			"min_amount", "max_amount");

	private RoutingFile() {
	}

	/** The exception routing of {@code file} (or the defaults alone when {@code file} is {@code null}). */
	public static ExceptionRouting routing(Path file) throws IOException {
		List<RoutingRule> rules = (file != null) ? rules(file) : List.of();
		return new ExceptionRouting(rules, RoutingTable.defaults().asMap());
	}

	/**
	 * The rules of {@code file}, in file order.
	 * @throws IllegalArgumentException naming the file, line and column of the first bad cell
	 */
	public static List<RoutingRule> rules(Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get();
		List<RoutingRule> rules = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			var parser = format.parse(in);
			checkHeader(file, parser.getHeaderNames());
			for (CSVRecord row : parser) {
				if (row.size() > parser.getHeaderNames().size()) {
					throw new IllegalArgumentException("line " + (row.getRecordNumber() + 1) + " of " + file + ": "
							+ row.size() + " cells but the header has " + parser.getHeaderNames().size()
							+ " columns (quote a cell that holds a comma).");
				}
				rules.add(rule(new Cells(file, row)));
			}
		}
		return rules;
	}

	private static void checkHeader(Path file, List<String> header) {
		for (String name : header) {
			if (!COLUMNS.contains(name.toLowerCase())) {
				throw new IllegalArgumentException("line 1 of " + file + ": unknown column \"" + name
						+ "\"; a routing file has the columns " + COLUMNS + ".");
			}
		}
		for (String required : Set.of("finding", "queue")) {
			if (header.stream().noneMatch(required::equalsIgnoreCase)) {
				throw new IllegalArgumentException("line 1 of " + file + ": no column \"" + required
						+ "\"; the header must name at least finding,queue.");
			}
		}
	}

	private static RoutingRule rule(Cells cells) {
		String finding = cells.get("finding");
		FindingType type = cells.parse("finding", finding, FindingType::valueOf,
				"finding \"" + finding + "\" is not one of " + Arrays.toString(FindingType.values()), false);
		String queue = cells.get("queue");
		if (queue == null) {
			throw new IllegalArgumentException(
					"line " + cells.line() + " of " + cells.file() + ": finding " + finding + " has no queue.");
		}
		BigDecimal min = cells.amount("min_amount");
		BigDecimal max = cells.amount("max_amount");
		if (min != null && max != null && min.compareTo(max) >= 0) {
			throw cells.error("max_amount", "max_amount " + max + " must be above min_amount " + min);
		}
		Severity severity = cells.parse("severity", cells.get("severity"), Severity::parse, null, true);
		String hours = cells.get("sla_hours");
		Sla sla = cells.parse("sla_hours", hours, (text) -> Sla.ofHours(Long.parseLong(text)),
				"sla_hours \"" + hours + "\" is not a whole number of hours, 1 or more", true);
		return new RoutingRule(type, cells.get("owner"), cells.get("currency"), min, max, queue, severity, sla);
	}

}
