package io.meshline.reports.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.meshline.reports.data.RiskItem;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueAtRiskTests {

	private static final LocalDate MONTH_END = LocalDate.of(2026, 10, 31);

	@Test
	void shouldBucketAgesAtTheirBoundaries() {
		assertThat(AgeBucket.of(MONTH_END.plusDays(3), MONTH_END)).isEqualTo(AgeBucket.DAYS_0_30);
		assertThat(AgeBucket.of(MONTH_END.minusDays(30), MONTH_END)).isEqualTo(AgeBucket.DAYS_0_30);
		assertThat(AgeBucket.of(MONTH_END.minusDays(31), MONTH_END)).isEqualTo(AgeBucket.DAYS_31_60);
		assertThat(AgeBucket.of(MONTH_END.minusDays(60), MONTH_END)).isEqualTo(AgeBucket.DAYS_31_60);
		assertThat(AgeBucket.of(MONTH_END.minusDays(61), MONTH_END)).isEqualTo(AgeBucket.DAYS_61_90);
		assertThat(AgeBucket.of(MONTH_END.minusDays(90), MONTH_END)).isEqualTo(AgeBucket.DAYS_61_90);
		assertThat(AgeBucket.of(MONTH_END.minusDays(91), MONTH_END)).isEqualTo(AgeBucket.OVER_90);
	}

	@Test
	void shouldTotalEachCurrencyOnItsOwn() {
		// given
		RevenueAtRisk risk = new RevenueAtRisk(List.of(item("D1", "A", "Ann", "USD", "100.00", 5),
				item("D2", "B", "Ann", "USD", "0.01", 45), item("D3", "C", "Bob", "JPY", "5000", 120)), MONTH_END);
		// then
		assertThat(risk.totals()).isEqualTo(Map.of("JPY", new BigDecimal("5000"), "USD", new BigDecimal("100.01")));
		assertThat(risk.byAge()).extracting(RevenueAtRisk.AgeRow::currency, RevenueAtRisk.AgeRow::deals,
				RevenueAtRisk.AgeRow::total)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("JPY", 1L, new BigDecimal("5000")),
					org.assertj.core.groups.Tuple.tuple("USD", 2L, new BigDecimal("100.01")));
		assertThat(risk.byAge().get(1).buckets()).containsEntry(AgeBucket.DAYS_31_60, new BigDecimal("0.01"));
		assertThat(risk.byOwner()).extracting(RevenueAtRisk.GroupRow::name).containsExactly("Bob", "Ann");
	}

	@Test
	void shouldKeepTheTopTwentyAccountsOfEachCurrencyAndSayHowManyThereAre() {
		// given: 25 USD accounts
		List<RiskItem> items = IntStream.rangeClosed(1, 25)
			.mapToObj((i) -> item("D" + i, String.format("Acct %02d", i), "Ann", "USD", i + ".00", 10))
			.toList();
		RevenueAtRisk risk = new RevenueAtRisk(items, MONTH_END);
		// when
		Table table = RiskTables.topAccounts(risk);
		// then
		assertThat(risk.topAccounts()).hasSize(20).first().extracting(RevenueAtRisk.GroupRow::name).isEqualTo("Acct 25");
		assertThat(table.rows()).hasSize(22);
		assertThat(table.rows().get(20).cells(5)).containsExactly(null, "Top 20 of 25 accounts", "20", null,
				"USD 310.00");
		assertThat(table.rows().get(21).cells(5)).containsExactly(null, "All accounts", null, null, "USD 325.00");
	}

	private static RiskItem item(String id, String account, String owner, String currency, String amount,
			int daysBeforeMonthEnd) {
		return new RiskItem(id, account, owner, currency, new BigDecimal(amount),
				MONTH_END.minusDays(daysBeforeMonthEnd));
	}

}
