package io.meshline.reports.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one reconcile run as its {@code summary.json} states them: the reports print
 * these, so they agree with the file to the cent. Immutable.
 *
 * @param findings the number of findings per class, in the file's order
 * @param matchedDeals won deals in scope with no finding
 * @param dealsInScope won deals the run checked
 * @param revenueAtRisk per currency code, at the currency's scale
 * @param overBilled per currency code, at the currency's scale
 * @param crmContract the CRM contract name, or {@code null}
 * @param erpContract the ERP contract name, or {@code null}
 * @param asOf the last day of the run's window, or {@code null} without a window
 * @param windowDays the window in days, or {@code null} when every deal was in scope
 */
public record RunFigures(Map<String, Long> findings, long matchedDeals, long dealsInScope,
		Map<String, BigDecimal> revenueAtRisk, Map<String, BigDecimal> overBilled, String crmContract,
		String erpContract, LocalDate asOf, Integer windowDays) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public RunFigures {
		findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
		revenueAtRisk = Collections.unmodifiableMap(new TreeMap<>(revenueAtRisk));
		overBilled = Collections.unmodifiableMap(new TreeMap<>(overBilled));
	}

	/** Reads the text of a {@code summary.json}. */
	public static RunFigures parse(String summaryJson) {
		JsonNode root = JSON.readTree(summaryJson);
		Map<String, Long> findings = new LinkedHashMap<>();
		root.path("findings").properties().forEach((e) -> findings.put(e.getKey(), e.getValue().asLong()));
		JsonNode parameters = root.path("parameters");
		String asOf = text(parameters, "as_of");
		String window = text(parameters, "window_days");
		return new RunFigures(findings, root.path("matched_deals").asLong(), root.path("deals_in_scope").asLong(),
				money(root.path("revenue_at_risk")), money(root.path("over_billed")), text(parameters, "crm_contract"),
				text(parameters, "erp_contract"), (window != null && asOf != null) ? LocalDate.parse(asOf) : null,
				(window != null) ? Integer.valueOf(window) : null);
	}

	/** The share of deals in scope that matched, in percent with one decimal; {@code null} with no deal in scope. */
	public BigDecimal matchRatePercent() {
		if (this.dealsInScope == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.matchedDeals * 100L).divide(BigDecimal.valueOf(this.dealsInScope), 1,
				RoundingMode.HALF_UP);
	}

	/** The number of findings of every class. */
	public long findingCount() {
		return this.findings.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The first day of the run's window, or {@code null} when every deal was in scope. */
	public LocalDate windowStart() {
		return (this.windowDays != null) ? this.asOf.minusDays(this.windowDays - 1L) : null;
	}

	/** {@code all deals in the files} or {@code deals closed 2026-10-25 to 2026-10-31}. */
	public String scope() {
		return (this.windowDays == null) ? "all deals in the files"
				: "deals closed " + windowStart() + " to " + this.asOf;
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static Map<String, BigDecimal> money(JsonNode node) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		node.properties().forEach((e) -> totals.put(e.getKey(), new BigDecimal(e.getValue().asString())));
		return totals;
	}

}
