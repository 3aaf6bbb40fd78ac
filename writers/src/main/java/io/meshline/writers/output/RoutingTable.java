package io.meshline.writers.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import io.meshline.core.exceptions.RoutingRule;
import io.meshline.core.reconcile.FindingType;

/**
 * Which work queue each kind of finding goes to. The defaults send billing gaps to
 * {@code billing-ops}, money that was billed wrongly to {@code revenue-assurance}, customer
 * identity problems to {@code identity-resolution}, unexplained invoices to {@code ar-triage}, policy breaches to
 * {@code finance-approval} and runs that look unlike their predecessors to {@code data-quality};
 * a CSV file {@code finding,queue} overrides any of them. Immutable and thread-safe.
 */
public final class RoutingTable {

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
		queues.put(FindingType.UNMAPPED_ACCOUNT, "identity-resolution");
		queues.put(FindingType.ORPHAN_IN_ERP, "ar-triage");
		queues.put(FindingType.POLICY_VIOLATION, "finance-approval");
		queues.put(FindingType.DRIFT, "data-quality");
		return new RoutingTable(queues);
	}

	/**
	 * The defaults overridden by {@code file}: UTF-8 CSV with the header {@code finding,queue} (and
	 * the optional columns {@link RoutingFile} reads), one finding type name per row. Types the file
	 * does not name without conditions keep their default queue.
	 * @throws IllegalArgumentException naming the file and line when a row names no finding type
	 * or no queue
	 */
	public static RoutingTable load(Path file) throws IOException {
		Map<FindingType, String> queues = new EnumMap<>(defaults().queues);
		// Rows with an owner, currency or amount band route single exceptions; a finding type's queue
		// in discrepancies.csv is the one its unconditional row names.
		for (RoutingRule rule : RoutingFile.rules(file)) {
			if (rule.unconditional()) {
				queues.put(rule.finding(), rule.queue());
			}
		}
		return new RoutingTable(queues);
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
