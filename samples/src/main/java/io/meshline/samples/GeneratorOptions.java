package io.meshline.samples;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.meshline.core.money.CurrencyScale;

/**
 * What to generate. Equal options give byte-identical files. Immutable and thread-safe.
 *
 * @param crmFormat the CRM export shape; never {@code null}
 * @param erpFormat the ERP file shape; never {@code null}
 * @param deals the number of deals, at least 1
 * @param seed the random seed
 * @param faultRate the share of won deals that get a planted fault, from 0 to 1
 * @param currencies the ISO 4217 codes deals are drawn from; not empty
 * @param asOf the day the exports are taken; close dates fall in the 120 days before it
 * @param wonShare the share of deals that are won, above 0 and up to 1; the rest are lost or open
 * @param faultMix the relative weight of each fault; faults left out are not planted
 */
public record GeneratorOptions(CrmFormat crmFormat, ErpFormat erpFormat, long deals, long seed, double faultRate,
		List<String> currencies, LocalDate asOf, double wonShare, Map<PlantedFault, Integer> faultMix) {

	public GeneratorOptions {
		Objects.requireNonNull(crmFormat, "crmFormat");
		Objects.requireNonNull(erpFormat, "erpFormat");
		Objects.requireNonNull(asOf, "asOf");
		require(deals >= 1, "The number of deals must be at least 1, got " + deals + ".");
		require(faultRate >= 0 && faultRate <= 1, "The fault rate must be between 0 and 1, got " + faultRate + ".");
		require(wonShare > 0 && wonShare <= 1, "The won share must be above 0 and at most 1, got " + wonShare + ".");
		require(!currencies.isEmpty(), "At least one currency is required.");
		currencies = currencies.stream().map(GeneratorOptions::currency).distinct().toList();
		faultMix.forEach((fault, weight) -> require(weight >= 0,
				"The weight of " + fault + " must not be negative, got " + weight + "."));
		faultMix = Collections.unmodifiableMap(faultMix.isEmpty() ? new EnumMap<>(PlantedFault.class)
				: new EnumMap<>(faultMix));
	}

	/**
	 * Salesforce and NetSuite, 1,000 deals, seed 42, 10% faults, USD/EUR/GBP/JPY, 60% won, every
	 * fault equally likely, as of today (UTC).
	 */
	public static GeneratorOptions defaults() {
		Map<PlantedFault, Integer> mix = new EnumMap<>(PlantedFault.class);
		for (PlantedFault fault : PlantedFault.values()) {
			mix.put(fault, 1);
		}
		return new GeneratorOptions(CrmFormat.SALESFORCE, ErpFormat.NETSUITE, 1_000, 42, 0.10,
				List.of("USD", "EUR", "GBP", "JPY"), LocalDate.now(ZoneOffset.UTC), 0.60, mix);
	}

	public GeneratorOptions withFormats(CrmFormat crm, ErpFormat erp) {
		return new GeneratorOptions(crm, erp, this.deals, this.seed, this.faultRate, this.currencies, this.asOf,
				this.wonShare, this.faultMix);
	}

	public GeneratorOptions withDeals(long count) {
		return new GeneratorOptions(this.crmFormat, this.erpFormat, count, this.seed, this.faultRate, this.currencies,
				this.asOf, this.wonShare, this.faultMix);
	}

	public GeneratorOptions withSeed(long value) {
		return new GeneratorOptions(this.crmFormat, this.erpFormat, this.deals, value, this.faultRate, this.currencies,
				this.asOf, this.wonShare, this.faultMix);
	}

	public GeneratorOptions withFaultRate(double rate) {
		return new GeneratorOptions(this.crmFormat, this.erpFormat, this.deals, this.seed, rate, this.currencies,
				this.asOf, this.wonShare, this.faultMix);
	}

	public GeneratorOptions withCurrencies(List<String> codes) {
		return new GeneratorOptions(this.crmFormat, this.erpFormat, this.deals, this.seed, this.faultRate, codes,
				this.asOf, this.wonShare, this.faultMix);
	}

	public GeneratorOptions withAsOf(LocalDate date) {
		return new GeneratorOptions(this.crmFormat, this.erpFormat, this.deals, this.seed, this.faultRate,
				this.currencies, date, this.wonShare, this.faultMix);
	}

	public GeneratorOptions withWonShare(double share) {
		return new GeneratorOptions(this.crmFormat, this.erpFormat, this.deals, this.seed, this.faultRate,
				this.currencies, this.asOf, share, this.faultMix);
	}

	public GeneratorOptions withFaultMix(Map<PlantedFault, Integer> mix) {
		return new GeneratorOptions(this.crmFormat, this.erpFormat, this.deals, this.seed, this.faultRate,
				this.currencies, this.asOf, this.wonShare, mix);
	}

	private static String currency(String code) {
		return CurrencyScale.normalise(code)
			.orElseThrow(() -> new IllegalArgumentException("\"" + code + "\" is not an ISO 4217 currency code."));
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
