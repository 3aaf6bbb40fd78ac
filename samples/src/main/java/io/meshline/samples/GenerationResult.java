package io.meshline.samples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.meshline.core.reconcile.FindingType;

/**
 * What one generation wrote. Immutable and thread-safe.
 *
 * @param files the files written: crm, erp, crosswalk and planted, in that order
 * @param deals the deals written
 * @param invoiceRows the rows written to the ERP file (invoice lines for line-level ledgers)
 * @param planted the planted faults by kind, every kind present
 * @param installmentDeals correct deals invoiced in 2 or 3 invoices (no finding expected)
 * @param toleranceDeals deals invoiced 0.01 off (no finding expected)
 * @param atRisk the planted revenue at risk per currency, in code order
 * @param overBilled the planted over-billing per currency, in code order
 */
public record GenerationResult(List<Path> files, long deals, long invoiceRows, Map<PlantedFault, Long> planted,
		long installmentDeals, long toleranceDeals, Map<String, BigDecimal> atRisk,
		Map<String, BigDecimal> overBilled) {

	public GenerationResult {
		files = List.copyOf(files);
		planted = Collections.unmodifiableMap(new EnumMap<>(planted));
		atRisk = Collections.unmodifiableMap(new TreeMap<>(atRisk));
		overBilled = Collections.unmodifiableMap(new TreeMap<>(overBilled));
	}

	/** The planted findings by type, every type that compares records present. */
	public Map<FindingType, Long> plantedFindings() {
		Map<FindingType, Long> counts = new EnumMap<>(FindingType.class);
		for (FindingType type : FindingType.values()) {
			if (!type.comparesRecords()) {
				continue;
			}
			counts.put(type, 0L);
		}
		this.planted.forEach((fault, count) -> counts.merge(fault.findingType(), count, Long::sum));
		return Collections.unmodifiableMap(counts);
	}

	/** The total number of planted findings. */
	public long plantedTotal() {
		return this.planted.values().stream().mapToLong(Long::longValue).sum();
	}

}
