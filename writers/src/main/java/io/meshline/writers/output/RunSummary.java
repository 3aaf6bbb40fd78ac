package io.meshline.writers.output;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.meshline.core.reconcile.FindingType;

/**
 * What one reconciliation run did, as written to {@code summary.json}. Maps are copied into a
 * stable order (parameters and currencies by key, findings in {@link FindingType} order with
 * every type present) so two runs over the same inputs produce the same file. Immutable and
 * thread-safe.
 *
 * @param runId the run's id
 * @param started when the run started; never {@code null}
 * @param finished when it finished, or {@code null} while it runs
 * @param status the run status, such as {@code COMPLETED}; never {@code null}
 * @param parameters the run parameters by name; never {@code null}
 * @param crm what was read from the CRM file, or {@code null} when it was not read
 * @param erp what was read from the ERP file, or {@code null} when it was not read
 * @param findings the number of findings per type; missing types count 0
 * @param matchedDeals the deals with at least one invoice
 * @param dealsInScope the deals the run considered
 * @param revenueAtRisk revenue at risk per currency code; never {@code null}
 * @param overBilled over-billing per currency code; never {@code null}
 */
public record RunSummary(long runId, Instant started, Instant finished, String status,
		Map<String, String> parameters, InputSummary crm, InputSummary erp, Map<FindingType, Long> findings,
		long matchedDeals, long dealsInScope, Map<String, BigDecimal> revenueAtRisk,
		Map<String, BigDecimal> overBilled) {

	public RunSummary {
		Objects.requireNonNull(started, "started");
		Objects.requireNonNull(status, "status");
		parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
		findings = everyType(findings);
		revenueAtRisk = Collections.unmodifiableMap(new TreeMap<>(revenueAtRisk));
		overBilled = Collections.unmodifiableMap(new TreeMap<>(overBilled));
	}

	private static Map<FindingType, Long> everyType(Map<FindingType, Long> counts) {
		Map<FindingType, Long> all = new EnumMap<>(FindingType.class);
		for (FindingType type : FindingType.values()) {
			all.put(type, counts.getOrDefault(type, 0L));
		}
		return Collections.unmodifiableMap(all);
	}

	/**
	 * What was read from one input file. Immutable and thread-safe.
	 *
	 * @param path the file as given; never {@code null}
	 * @param contract the input contract, such as {@code salesforce}; never {@code null}
	 * @param sha256 the file's SHA-256 in lower-case hex, or {@code null}
	 * @param rowsRead the data rows read
	 * @param accepted the rows accepted
	 * @param rejected the rows rejected
	 * @param recodedLines the lines that had to be re-decoded from another charset
	 */
	public record InputSummary(String path, String contract, String sha256, long rowsRead, long accepted,
			long rejected, long recodedLines) {

		public InputSummary {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(contract, "contract");
		}

	}

}
