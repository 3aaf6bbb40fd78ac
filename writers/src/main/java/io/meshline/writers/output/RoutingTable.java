package io.meshline.writers.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.meshline.core.reconcile.FindingType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which work queue each kind of finding goes to. The defaults send billing gaps to
 * {@code billing-ops}, money that was billed wrongly to {@code revenue-assurance}, customer
 * identity problems to {@code identity-resolution}, unexplained invoices to {@code ar-triage}, policy breaches to
 * {@code finance-approval} and runs that look unlike their predecessors to {@code data-quality};
 * a CSV file {@code finding,queue} overrides any of them. Immutable and thread-safe.
 */
public final class RoutingTable {

	private static final String[] HEADER = { "finding", "queue" };

	private final Map<FindingType, String> queues;

	private RoutingTable(Map<FindingType, String> queues) {
		this.queues = Collections.unmodifiableMap(new EnumMap<>(queues));
	}

	/** The default routing. */
	public static RoutingTable defaults() {
		Map<FindingType, String> queues = new EnumMap<>(FindingType.class);
		queues.put(FindingType.MISSING_IN_ERP, "billing-ops");
		queues.put(FindingType.STATUS_CONFLICT, "billing-ops");
		queues.put(FindingType.CURRENCY_MISMATCH, "billing-ops");
		queues.put(FindingType.DATE_DRIFT, "billing-ops");
		queues.put(FindingType.AMOUNT_MISMATCH, "revenue-assurance");
		queues.put(FindingType.DUPLICATE_IN_ERP, "revenue-assurance");
		queues.put(FindingType.CUSTOMER_MISMATCH, "identity-resolution");
		queues.put(FindingType.ORPHAN_IN_ERP, "ar-triage");
		queues.put(FindingType.POLICY_VIOLATION, "finance-approval");
		queues.put(FindingType.DRIFT, "data-quality");
		return new RoutingTable(queues);
	}

	/**
	 * The defaults overridden by {@code file}: UTF-8 CSV with the header {@code finding,queue},
	 * one finding type name per row. Types the file does not name keep their default queue.
	 * @throws IllegalArgumentException naming the file and line when a row names no finding type
	 * or no queue
	 */
	public static RoutingTable load(Path file) throws IOException {
		Map<FindingType, String> queues = new EnumMap<>(defaults().queues);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setTrim(true).get();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(in)) {
				long line = row.getRecordNumber() + 1;
				String finding = row.isSet("finding") ? row.get("finding") : "";
				String queue = row.isSet("queue") ? row.get("queue") : "";
				queues.put(parseType(file, line, finding), requireQueue(file, line, finding, queue));
			}
		}
		return new RoutingTable(queues);
	}

	private static FindingType parseType(Path file, long line, String finding) {
		try {
			return FindingType.valueOf(finding);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("line " + line + " of " + file + ": finding \"" + finding
					+ "\" is not one of " + Arrays.toString(FindingType.values()) + ".", ex);
		}
	}

	private static String requireQueue(Path file, long line, String finding, String queue) {
		if (queue.isEmpty()) {
			throw new IllegalArgumentException(
					"line " + line + " of " + file + ": finding " + finding + " has no queue.");
		}
		return queue;
	}

	/** The queue {@code type} is routed to; never {@code null}. */
	public String queueFor(FindingType type) {
		return this.queues.get(type);
	}

	/** Every finding type and its queue, in {@link FindingType} order. */
	public Map<FindingType, String> asMap() {
		return this.queues;
	}

}
