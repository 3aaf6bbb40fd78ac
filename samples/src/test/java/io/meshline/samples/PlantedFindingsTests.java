package io.meshline.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.money.MoneyTotals;
import io.meshline.core.reconcile.FindingType;
import io.meshline.samples.ReferenceClassifier.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlantedFindingsTests {

	private final GeneratorOptions base = GeneratorOptions.defaults().withAsOf(LocalDate.of(2026, 10, 31));

	@ParameterizedTest
	@CsvSource({ "salesforce,netsuite", "hubspot,quickbooks", "generic-crm,generic-erp" })
	void shouldPlantExactlyWhatTheSpecRulesFind(String crm, String erp) {
		// given
		GeneratorOptions options = this.base
			.withFormats(CrmFormat.fromContract(crm), ErpFormat.fromContract(erp))
			.withDeals(4_000)
			.withFaultRate(0.3);

		// when
		RecordingSink data = RecordingSink.generate(options);

		// then
		List<String> found = ReferenceClassifier.classify(data).stream().map(PlantedFindingsTests::key).sorted()
			.toList();
		List<String> planted = data.planted.stream()
			.map((p) -> p.fault().findingType() + " " + p.crmId() + " " + p.currency() + " " + p.atRisk() + " "
					+ p.overBilled())
			.sorted()
			.toList();
		assertThat(found).isEqualTo(planted);
	}

	@Test
	void shouldPlantTheRequestedMixExactly() {
		// given
		Map<PlantedFault, Integer> mix = new EnumMap<>(PlantedFault.class);
		mix.put(PlantedFault.MISSING, 2);
		mix.put(PlantedFault.DUPLICATE, 1);
		mix.put(PlantedFault.ORPHAN_NO_REF, 1);
		GeneratorOptions options = this.base.withDeals(3_000).withFaultRate(0.2).withFaultMix(mix);

		// when
		RecordingSink data = RecordingSink.generate(options);

		// then
		Map<PlantedFault, Long> counts = data.planted.stream()
			.collect(Collectors.groupingBy(PlantedFinding::fault, Collectors.counting()));
		long total = data.planted.size();
		assertThat(counts).containsOnlyKeys(PlantedFault.MISSING, PlantedFault.DUPLICATE, PlantedFault.ORPHAN_NO_REF);
		assertThat((double) counts.get(PlantedFault.MISSING)).isCloseTo(total / 2.0, within(1.0));
		assertThat((double) counts.get(PlantedFault.DUPLICATE)).isCloseTo(total / 4.0, within(1.0));
	}

	@Test
	void shouldPlantFaultsInAboutTheRequestedShareOfWonDeals() {
		// given
		GeneratorOptions options = this.base.withDeals(20_000);

		// when
		RecordingSink data = RecordingSink.generate(options);

		// then
		long won = data.deals.stream().filter(CrmDeal::won).count()
				+ data.planted.stream().filter((p) -> p.fault() == PlantedFault.LOST_INVOICED).count();
		assertThat((double) won / data.deals.size()).isCloseTo(0.60, within(0.02));
		assertThat((double) data.planted.size() / won).isCloseTo(0.10, within(0.01));
		assertThat(data.planted.stream().map(PlantedFinding::fault).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(PlantedFault.values());
	}

	@Test
	void shouldPlantAtMostOneFindingPerDeal() {
		// given
		GeneratorOptions options = this.base.withDeals(5_000).withFaultRate(0.5);

		// when
		RecordingSink data = RecordingSink.generate(options);

		// then
		Set<String> dealIds = data.deals.stream().map(CrmDeal::dealId).collect(Collectors.toSet());
		List<PlantedFinding> onDeals = data.planted.stream().filter((p) -> dealIds.contains(p.crmId())).toList();
		assertThat(onDeals).extracting(PlantedFinding::crmId).doesNotHaveDuplicates();
		assertThat(data.planted).filteredOn((p) -> !dealIds.contains(p.crmId()))
			.allSatisfy((p) -> assertThat(p.fault().findingType()).isEqualTo(FindingType.ORPHAN_IN_ERP));
	}

	@Test
	void shouldNeverPlantVoidInvoicesInQuickBooks() {
		// given
		GeneratorOptions options = this.base.withFormats(CrmFormat.HUBSPOT, ErpFormat.QUICKBOOKS)
			.withDeals(3_000)
			.withFaultRate(0.5);

		// when
		RecordingSink data = RecordingSink.generate(options);

		// then
		assertThat(data.invoices).allMatch((invoice) -> invoice.live());
		assertThat(data.planted).noneMatch((p) -> p.fault() == PlantedFault.VOID_ONLY);
		assertThat(data.planted).anyMatch((p) -> p.fault() == PlantedFault.LOST_INVOICED);
	}

	@Test
	void shouldKeepJapaneseYenWithoutDecimals() {
		// given
		GeneratorOptions options = this.base.withCurrencies(List.of("JPY", "USD")).withDeals(500).withFaultRate(0.5);

		// when
		RecordingSink data = RecordingSink.generate(options);

		// then
		assertThat(data.invoices).filteredOn((i) -> i.currency().equals("JPY"))
			.allSatisfy((i) -> assertThat(i.amount().scale()).isZero());
		MoneyTotals atRisk = new MoneyTotals();
		data.planted.forEach((p) -> atRisk.add(p.currency(), p.atRisk()));
		assertThat(atRisk.asMap().getOrDefault("JPY", BigDecimal.ZERO).scale()).isZero();
	}

	private static String key(Expected e) {
		return e.type() + " " + e.crmId() + " " + e.currency() + " " + e.atRisk() + " " + e.overBilled();
	}

}
