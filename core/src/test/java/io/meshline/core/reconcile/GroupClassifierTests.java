package io.meshline.core.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;

import static org.assertj.core.api.Assertions.assertThat;

class GroupClassifierTests {

	private static final LocalDate CLOSE = LocalDate.of(2026, 10, 1);

	private final GroupClassifier classifier = new GroupClassifier(ReconcileRules.defaults());

	@Test
	void shouldFindNothingForADealInvoicedInFullInInstallments() {
		// given
		DealGroup group = group(wonDeal("1000.00"), invoice("I1", "400.00", 2), invoice("I2", "600.00", 10));
		// when
		GroupOutcome outcome = this.classifier.classify(group);
		// then
		assertThat(outcome.findings()).isEmpty();
		assertThat(outcome.matchedDeal()).isTrue();
	}

	@Test
	void shouldReportMissingWithTheDealAmountAtRisk() {
		GroupOutcome outcome = this.classifier.classify(group(wonDeal("1000.00")));
		assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.type()).isEqualTo(FindingType.MISSING_IN_ERP);
			assertThat(finding.atRisk()).isEqualByComparingTo("1000.00");
			assertThat(finding.delta()).isEqualByComparingTo("-1000.00");
		});
	}

	@Test
	void shouldMatchADifferenceEqualToTheToleranceAndFlagOneAboveIt() {
		assertThat(this.classifier.classify(group(wonDeal("1000.00"), invoice("I1", "999.99", 1))).findings()).isEmpty();
		List<Finding> findings = this.classifier.classify(group(wonDeal("1000.00"), invoice("I1", "999.98", 1))).findings();
		assertThat(findings).extracting(Finding::type).containsExactly(FindingType.AMOUNT_MISMATCH);
		assertThat(findings.get(0).atRisk()).isEqualByComparingTo("0.02");
		assertThat(findings.get(0).overBilled()).isNull();
	}

	@Test
	void shouldCountOverBillingOfAnAmountMismatch() {
		Finding finding = this.classifier.classify(group(wonDeal("1000.00"), invoice("I1", "1250.00", 1))).findings().get(0);
		assertThat(finding.type()).isEqualTo(FindingType.AMOUNT_MISMATCH);
		assertThat(finding.overBilled()).isEqualByComparingTo("250.00");
		assertThat(finding.atRisk()).isNull();
	}

	@Test
	void shouldLeaveDuplicateCopiesOutOfTheAmountCheck() {
		List<Finding> findings = this.classifier
			.classify(group(wonDeal("1000.00"), invoice("I1", "1000.00", 3), invoice("I2", "1000.00", 3))).findings();
		assertThat(findings).extracting(Finding::type).containsExactly(FindingType.DUPLICATE_IN_ERP);
		assertThat(findings.get(0).erpIds()).containsExactly("I1", "I2");
		assertThat(findings.get(0).overBilled()).isEqualByComparingTo("1000.00");
	}

	@Test
	void shouldPutAWholeDealAtRiskWhenNothingIsInvoicedInItsCurrency() {
		ErpInvoice euro = new ErpInvoice("I1", null, CLOSE.plusDays(1), "C1", null, "D1", "EUR", new BigDecimal("1000.00"),
				true, null, 2);
		List<Finding> findings = this.classifier.classify(group(wonDeal("1000.00"), euro)).findings();
		assertThat(findings).extracting(Finding::type).containsExactly(FindingType.CURRENCY_MISMATCH);
		assertThat(findings.get(0).atRisk()).isEqualByComparingTo("1000.00");
	}

	@Test
	void shouldReportAWonDealWithOnlyVoidInvoicesAsAStatusConflictAtRisk() {
		ErpInvoice voided = new ErpInvoice("I1", null, CLOSE, "C1", null, "D1", "USD", new BigDecimal("1000.00"), false,
				"Voided", 2);
		Finding finding = this.classifier.classify(group(wonDeal("1000.00"), voided)).findings().get(0);
		assertThat(finding.type()).isEqualTo(FindingType.STATUS_CONFLICT);
		assertThat(finding.atRisk()).isEqualByComparingTo("1000.00");
	}

	@Test
	void shouldReportALiveInvoiceOfALostDeal() {
		CrmDeal lost = new CrmDeal("D1", "A1", null, null, "Closed Lost", false, new BigDecimal("10.00"), "USD", CLOSE,
				"o", 2);
		Finding finding = this.classifier.classify(group(lost, invoice("I1", "10.00", 1))).findings().get(0);
		assertThat(finding.type()).isEqualTo(FindingType.STATUS_CONFLICT);
		assertThat(finding.atRisk()).isNull();
		assertThat(finding.detail()).isEqualTo("Deal D1 is at stage Closed Lost but invoice I1 is live.");
	}

	@Test
	void shouldReportALiveInvoiceOfAnOpenDealExportedWithoutAnAmount() {
		CrmDeal open = new CrmDeal("D1", "A1", null, null, "Qualification", false, null, "USD", CLOSE, "o", 2);
		Finding finding = this.classifier.classify(group(open, invoice("I1", "10.00", 1))).findings().get(0);
		assertThat(finding.type()).isEqualTo(FindingType.STATUS_CONFLICT);
		assertThat(finding.crmAmount()).isNull();
	}

	@Test
	void shouldFlagAFirstInvoiceBeforeCloseOrPastTheDateTolerance() {
		assertThat(this.classifier.classify(group(wonDeal("5.00"), invoice("I1", "5.00", 31))).findings()).isEmpty();
		assertThat(this.classifier.classify(group(wonDeal("5.00"), invoice("I1", "5.00", 32))).findings())
			.extracting(Finding::type).containsExactly(FindingType.DATE_DRIFT);
		assertThat(this.classifier.classify(group(wonDeal("5.00"), invoice("I1", "5.00", -1))).findings())
			.extracting(Finding::type).containsExactly(FindingType.DATE_DRIFT);
	}

	@Test
	void shouldCheckCustomersOnlyWithACrosswalk() {
		GroupClassifier withCrosswalk = new GroupClassifier(new ReconcileRules(new BigDecimal("0.01"), 31,
				ReconcileScope.everything(), Map.of("A1", "C9")));
		DealGroup group = group(wonDeal("5.00"), invoice("I1", "5.00", 1));
		assertThat(this.classifier.classify(group).findings()).isEmpty();
		assertThat(withCrosswalk.classify(group).findings()).extracting(Finding::type)
			.containsExactly(FindingType.CUSTOMER_MISMATCH);
	}

	@Test
	void shouldRaiseAnIdentityFindingForAnAccountTheCrosswalkDoesNotMapAndKeepTheDealMatched() {
		// given: a crosswalk that knows another account only
		GroupClassifier withCrosswalk = new GroupClassifier(new ReconcileRules(new BigDecimal("0.01"), 31,
				ReconcileScope.everything(), Map.of("A2", "C2")));
		DealGroup invoiced = group(wonDeal("5.00"), invoice("I1", "5.00", 1));
		DealGroup notInvoiced = group(wonDeal("5.00"));

		// when
		GroupOutcome outcome = withCrosswalk.classify(invoiced);

		// then
		assertThat(outcome.findings()).extracting(Finding::type).containsExactly(FindingType.UNMAPPED_ACCOUNT);
		assertThat(outcome.findings().get(0).detail())
			.isEqualTo("Account A1 is not in the crosswalk, so the customer of I1 cannot be checked.");
		assertThat(outcome.findings().get(0).atRisk()).isNull();
		assertThat(outcome.matchedDeal()).isTrue();
		assertThat(withCrosswalk.classify(notInvoiced).findings()).extracting(Finding::type)
			.containsExactly(FindingType.MISSING_IN_ERP);
	}

	@Test
	void shouldCheckOnlyDealsClosedInTheWindowBothEndsIncluded() {
		// given: a 7-day window ending 6 days after close, so the close date is its first day
		GroupClassifier firstDay = new GroupClassifier(new ReconcileRules(new BigDecimal("0.01"), 31,
				ReconcileScope.window(CLOSE.plusDays(6), 7), null));
		GroupClassifier dayAfter = new GroupClassifier(new ReconcileRules(new BigDecimal("0.01"), 31,
				ReconcileScope.window(CLOSE.plusDays(7), 7), null));
		GroupClassifier lastDay = new GroupClassifier(new ReconcileRules(new BigDecimal("0.01"), 31,
				ReconcileScope.window(CLOSE, 7), null));
		GroupClassifier before = new GroupClassifier(new ReconcileRules(new BigDecimal("0.01"), 31,
				ReconcileScope.window(CLOSE.minusDays(1), 7), null));
		DealGroup missing = group(wonDeal("5.00"));
		// then
		assertThat(firstDay.classify(missing).findings()).hasSize(1);
		assertThat(lastDay.classify(missing).findings()).hasSize(1);
		assertThat(dayAfter.classify(missing).findings()).isEmpty();
		assertThat(before.classify(missing).findings()).isEmpty();
		assertThat(dayAfter.classify(missing).wonDealInScope()).isFalse();
	}

	@Nested
	class Orphans {

		@Test
		void shouldReportEveryLiveInvoiceWithoutADeal() {
			ErpInvoice voided = new ErpInvoice("I3", null, CLOSE, "C1", null, "X", "USD", BigDecimal.ONE, false, null, 4);
			GroupOutcome outcome = GroupClassifierTests.this.classifier
				.classify(new DealGroup("X", null, List.of(invoice("I1", "1.00", 0), voided)));
			assertThat(outcome.findings()).extracting(Finding::type, Finding::crmId, Finding::erpIds)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(FindingType.ORPHAN_IN_ERP, "X", List.of("I1")));
		}

		@Test
		void shouldOnlyReportOrphansDatedInTheWindow() {
			GroupClassifier windowed = new GroupClassifier(new ReconcileRules(new BigDecimal("0.01"), 31,
					ReconcileScope.window(CLOSE.plusDays(10), 7), null));
			DealGroup group = new DealGroup("", null, List.of(invoice("I1", "1.00", 3), invoice("I2", "1.00", 4)));
			assertThat(windowed.classify(group).findings()).extracting(Finding::erpIds).containsExactly(List.of("I2"));
		}

	}

	private static CrmDeal wonDeal(String amount) {
		return new CrmDeal("D1", "A1", "Acme", "Acme deal", "Closed Won", true, new BigDecimal(amount), "USD", CLOSE,
				"owner-1", 2);
	}

	private static ErpInvoice invoice(String id, String amount, int daysAfterClose) {
		return new ErpInvoice(id, null, CLOSE.plusDays(daysAfterClose), "C1", "Acme Ltd", "D1", "USD",
				new BigDecimal(amount), true, "Open", 2 + daysAfterClose);
	}

	private static DealGroup group(CrmDeal deal, ErpInvoice... invoices) {
		return new DealGroup(deal.dealId(), deal, List.of(invoices));
	}

}
