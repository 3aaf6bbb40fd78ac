package io.meshline.jobs.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a run as {@code summary.json} lists them: what a reader needs to reproduce it. */
final class SummaryParameters {

	private SummaryParameters() {
	}

	static Map<String, String> of(ReconcileParameters p) {
		Map<String, String> map = new LinkedHashMap<>();
		put(map, "crm_contract", p.crmContract());
		put(map, "erp_contract", p.erpContract());
		put(map, "crosswalk", p.crosswalkPath());
		put(map, "default_currency", p.defaultCurrency());
		put(map, "as_of", (p.asOf() != null) ? p.asOf().toString() : null);
		put(map, "window_days", (p.windowDays() != null) ? p.windowDays().toString() : null);
		put(map, "amount_tolerance", p.amountTolerance().toPlainString());
		put(map, "date_tolerance_days", Integer.toString(p.dateToleranceDays()));
		put(map, "routing", p.routingPath());
		put(map, "out", p.outDir());
		if (p.policy() != null) {
			map.putAll(p.policy().summaryEntries());
		}
		return map;
	}

	private static void put(Map<String, String> map, String key, String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
