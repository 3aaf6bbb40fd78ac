package io.meshline.samples;

import java.math.BigDecimal;
import java.util.List;

/**
 * One finding the generator planted, as a row of {@code planted.csv}. Immutable.
 *
 * @param fault what was planted
 * @param crmId the deal id, or for an orphan its reference ({@code ""} when it has none)
 * @param erpIds the invoices concerned; empty when the deal has none
 * @param currency the currency the amounts are in
 * @param atRisk the revenue at risk, or {@code null}
 * @param overBilled the over-billing, or {@code null}
 */
record PlantedFinding(PlantedFault fault, String crmId, List<String> erpIds, String currency, BigDecimal atRisk,
		BigDecimal overBilled) {

	PlantedFinding {
		erpIds = List.copyOf(erpIds);
	}

}
