package io.meshline.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CrmRowMapperTests {

	private static final List<String> HEADER = List.of("Id", "Name", "StageName", "Amount", "CloseDate", "IsWon",
			"CurrencyIsoCode");

	static Contract contract(DecimalStyle style) {
		return new Contract("test-crm", Side.CRM, null, ',', "UTF-8", null, "USD", false,
				Map.of(CanonicalField.DEAL_ID, FieldSpec.of("Id").asRequired(), CanonicalField.DEAL_NAME,
						FieldSpec.of("Name"), CanonicalField.STAGE, FieldSpec.of("StageName"),
						CanonicalField.DEAL_AMOUNT, FieldSpec.of("Amount").asRequired().withDecimalStyle(style),
						CanonicalField.CLOSE_DATE, FieldSpec.of("CloseDate").asRequired(),
						CanonicalField.DEAL_CURRENCY, FieldSpec.of("CurrencyIsoCode")),
				List.of(FlagRule.of("IsWon", "1", "true"), FlagRule.of("StageName", "Closed Won")), null);
	}

	private static RowResult<CrmDeal> map(String... values) {
		return CrmRowMapper.bind(contract(DecimalStyle.POINT), "sf-opps.csv", HEADER).map(values, 118, "raw");
	}

	private static Rejection rejection(RowResult<CrmDeal> result) {
		assertThat(result).isInstanceOf(RowResult.Rejected.class);
		return ((RowResult.Rejected<CrmDeal>) result).rejection();
	}

	@Test
	void shouldMapAWonDeal() {
		// given // when
		RowResult<CrmDeal> result = map("006A", "Big deal", "Closed Won", "$1,234.5", "2026-10-31", "", "eur");
		// then
		assertThat(result).isEqualTo(new RowResult.Accepted<>(new CrmDeal("006A", null, null, "Big deal",
				"Closed Won", true, new BigDecimal("1234.50"), "EUR", LocalDate.of(2026, 10, 31), null, 118), 118));
	}

	@Test
	void shouldUseTheDefaultCurrencyAndTellWonByAnyRule() {
		// given // when
		RowResult<CrmDeal> result = map("006B", "", "Negotiation", "-0", "2026-10-31", "TRUE", " ");
		// then
		CrmDeal deal = ((RowResult.Accepted<CrmDeal>) result).record();
		assertThat(deal.currency()).isEqualTo("USD");
		assertThat(deal.won()).isTrue();
		assertThat(deal.amount()).isEqualTo(new BigDecimal("0.00"));
		assertThat(deal.dealName()).isNull();
	}

	@Test
	void shouldUseTheRunTimeDefaultCurrency() {
		// given
		Contract contract = contract(DecimalStyle.POINT).withDefaultCurrency("jpy");
		// when
		RowResult<CrmDeal> result = CrmRowMapper.bind(contract, "f.csv", HEADER)
			.map(new String[] { "1", "", "Open", "1200", "2026-01-02", "", "" }, 2, null);
		// then
		assertThat(((RowResult.Accepted<CrmDeal>) result).record().amount()).isEqualTo(new BigDecimal("1200"));
	}

	@Test
	void shouldReadCommaStyleAmounts() {
		// given
		CrmRowMapper mapper = CrmRowMapper.bind(contract(DecimalStyle.COMMA), "f.csv", HEADER);
		// when
		RowResult<CrmDeal> result = mapper.map(new String[] { "1", "", "", "1.234,56", "2026-01-02", "", "" }, 2,
				null);
		// then
		assertThat(((RowResult.Accepted<CrmDeal>) result).record().amount()).isEqualTo(new BigDecimal("1234.56"));
	}

	@Nested
	class Rejections {

		@Test
		void shouldRejectAnAmountThatIsNotANumber() {
			// given // when
			Rejection rejection = rejection(map("006A", "", "", "12,5O0.00", "2026-10-31", "1", ""));
			// then
			assertThat(rejection.describe())
				.isEqualTo("line 118 of sf-opps.csv, column Amount: \"12,5O0.00\" is not a number");
			assertThat(rejection.recordId()).isEqualTo("006A");
			assertThat(rejection.rawLine()).isEqualTo("raw");
		}

		@Test
		void shouldRejectNotANumberAndHugeExponents() {
			// given // when // then
			assertThat(rejection(map("1", "", "", "NaN", "2026-10-31", "", "")).reason())
				.isEqualTo("\"NaN\" is not a number");
			assertThat(rejection(map("1", "", "", "1e309", "2026-10-31", "", "")).reason())
				.isEqualTo("\"1e309\" is not a number");
		}

		@Test
		void shouldRejectMoreDecimalsThanTheCurrencyHas() {
			// given // when
			Rejection rejection = rejection(map("1", "", "", "12.345", "2026-10-31", "", "USD"));
			// then
			assertThat(rejection.describe())
				.isEqualTo("line 118 of sf-opps.csv, column Amount: \"12.345\" has more decimals than USD allows (2)");
		}

		@Test
		void shouldRejectAnUnparseableDate() {
			// given // when
			Rejection rejection = rejection(map("1", "", "", "5", "31/10/2026", "", ""));
			// then
			assertThat(rejection.describe()).isEqualTo(
					"line 118 of sf-opps.csv, column CloseDate: \"31/10/2026\" is not a date in the format yyyy-MM-dd");
		}

		@Test
		void shouldRejectAnUnknownCurrency() {
			// given // when
			Rejection rejection = rejection(map("1", "", "", "5", "2026-10-31", "", "XYZ"));
			// then
			assertThat(rejection.describe()).isEqualTo(
					"line 118 of sf-opps.csv, column CurrencyIsoCode: \"XYZ\" is not an ISO 4217 currency code");
		}

		@Test
		void shouldRejectAWonDealWithANegativeAmount() {
			// given // when
			Rejection rejection = rejection(map("1", "", "Closed Won", "(1,234.56)", "2026-10-31", "", ""));
			// then
			assertThat(rejection.describe()).isEqualTo(
					"line 118 of sf-opps.csv, column Amount: the deal is won but its amount -1234.56 is negative");
		}

		@Test
		void shouldAcceptANegativeAmountOnADealThatIsNotWon() {
			// given // when
			RowResult<CrmDeal> result = map("1", "", "Closed Lost", "(1,234.56)", "2026-10-31", "", "");
			// then
			assertThat(result).isInstanceOf(RowResult.Accepted.class);
		}

		@Test
		void shouldRejectAWonDealWithoutAnAmount() {
			// given // when
			Rejection rejection = rejection(map("1", "", "Closed Won", "", "2026-10-31", "", ""));
			// then
			assertThat(rejection.describe())
				.isEqualTo("line 118 of sf-opps.csv, column Amount: amount is required but the value is empty");
		}

		@Test
		void shouldRejectAWonDealWithoutACloseDate() {
			// given // when
			Rejection rejection = rejection(map("1", "", "Closed Won", "5", "", "", ""));
			// then
			assertThat(rejection.describe())
				.isEqualTo("line 118 of sf-opps.csv, column CloseDate: close_date is required but the value is empty");
		}

		@Test
		void shouldAcceptAnOpenDealWithoutACloseDate() {
			// given // when
			RowResult<CrmDeal> result = map("1", "", "Qualification", "5", "", "", "");
			// then
			assertThat(result).isInstanceOfSatisfying(RowResult.Accepted.class,
					(accepted) -> assertThat(((CrmDeal) accepted.record()).closeDate()).isNull());
		}

		@Test
		void shouldAcceptAnOpenDealWithoutAnAmount() {
			// given // when
			RowResult<CrmDeal> result = map("1", "", "Qualification", "", "2026-10-31", "", "");
			// then
			assertThat(result).isInstanceOfSatisfying(RowResult.Accepted.class,
					(accepted) -> assertThat(((CrmDeal) accepted.record()).amount()).isNull());
		}

		@Test
		void shouldRejectAMissingId() {
			// given // when
			Rejection rejection = rejection(map(" ", "", "", "5", "2026-10-31", "", ""));
			// then
			assertThat(rejection.describe())
				.isEqualTo("line 118 of sf-opps.csv, column Id: deal_id is required but the value is empty");
			assertThat(rejection.recordId()).isNull();
		}

		@Test
		void shouldRejectAWrongColumnCount() {
			// given // when
			Rejection rejection = rejection(map("006A", "", "", "5", "2026-10-31", ""));
			// then
			assertThat(rejection.describe()).isEqualTo("line 118 of sf-opps.csv: expected 7 columns, found 6");
			assertThat(rejection.recordId()).isEqualTo("006A");
		}

	}

	@Nested
	class HeaderChecks {

		@Test
		void shouldNameTheFileTheMissingColumnsAndTheColumnsFound() {
			// given
			List<String> header = List.of("Id", "Name", "StageName");
			// when // then
			assertThatExceptionOfType(ContractViolationException.class)
				.isThrownBy(() -> CrmRowMapper.bind(contract(DecimalStyle.POINT), "sf-opps.csv", header))
				.withMessage("sf-opps.csv does not match contract test-crm: missing columns Amount, CloseDate; "
						+ "columns found: Id, Name, StageName.");
		}

		@Test
		void shouldStopWhenAColumnTheContractReadsAppearsTwice() {
			// given
			List<String> header = List.of("Id", "Amount", "CloseDate", "IsWon", "Amount");
			// when // then
			assertThatExceptionOfType(ContractViolationException.class)
				.isThrownBy(() -> CrmRowMapper.bind(contract(DecimalStyle.POINT), "f.csv", header))
				.withMessage("f.csv, line 1: the header names column Amount twice (columns 2 and 5); contract "
						+ "test-crm reads it, so which one holds the value is ambiguous.");
		}

		@Test
		void shouldNeedOneColumnOfTheWonRules() {
			// given
			List<String> header = List.of("Id", "Amount", "CloseDate");
			// when // then
			assertThatExceptionOfType(ContractViolationException.class)
				.isThrownBy(() -> CrmRowMapper.bind(contract(DecimalStyle.POINT), "f.csv", header))
				.withMessage("f.csv does not match contract test-crm: missing column IsWon or StageName "
						+ "(to tell won deals); columns found: Id, Amount, CloseDate.");
		}

		@Test
		void shouldMatchHeaderNamesPaddedOrInAnotherCase() {
			// given
			List<String> header = List.of("\uFEFFID ", " amount", "closedate", "ISWON");
			// when
			RowResult<CrmDeal> result = CrmRowMapper.bind(contract(DecimalStyle.POINT), "f.csv", header)
				.map(new String[] { "9", "10", "2026-01-01", "yes" }, 2, null);
			// then
			assertThat(result).isInstanceOf(RowResult.Accepted.class);
		}

	}

}
