package io.meshline.core.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.policy.PriceBook.ListPrice;
import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;
import io.meshline.core.reconcile.GroupOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class DealPolicyCheckTests {

	private static final CrmDeal DEAL = new CrmDeal("D-9", "A-7", "Acme", "Acme - Pilot", "Closed Won", true,
			new BigDecimal("8500.00"), "EUR", LocalDate.of(2026, 10, 13), "Tom Becker", 4);

	private static final PriceBook BOOK = new PriceBook(Map.of("D-9", new ListPrice(new BigDecimal("10000.00"), "EUR")));

	@Test
	void shouldComputeTheDiscountFromTheListPriceInTheDealsCurrency() {
		// when
		DealFacts facts = new DealPolicyCheck(policy(Set.of()), BOOK).factsOf(DEAL);
		DealFacts noPrice = new DealPolicyCheck(policy(Set.of()), PriceBook.empty()).factsOf(DEAL);
		// then
		assertThat(facts.listPrice()).isEqualTo(new BigDecimal("10000.00"));
		assertThat(facts.discount()).isEqualTo(new BigDecimal("1500.00"));
		assertThat(facts.discountPercent()).isEqualTo(new BigDecimal("15.00"));
		assertThat(facts.closeDate()).isEqualTo("2026-10-13");
		assertThat(noPrice.listPrice()).isNull();
		assertThat(noPrice.discountPercent()).isNull();
	}

	@Test
	void shouldReportOneFindingWhoseHeadlineIsTheStrongestAction() {
		// given
		DealPolicyCheck check = new DealPolicyCheck(policy(Set.of("Acme")), BOOK);
		// when
		PolicyVerdict verdict = check.verdict(DEAL);
		// then
		assertThat(verdict.decisions()).extracting(PolicyDecision::ruleId)
			.containsExactly("discount", "credit-hold", "pilot");
		assertThat(verdict.action()).isEqualTo(PolicyAction.BLOCK);
		Finding finding = verdict.finding();
		assertThat(finding.type()).isEqualTo(FindingType.POLICY_VIOLATION);
		assertThat(finding.crmId()).isEqualTo("D-9");
		assertThat(finding.crmAmount()).isEqualTo(new BigDecimal("8500.00"));
		assertThat(finding.atRisk()).isNull();
		assertThat(finding.overBilled()).isNull();
		assertThat(finding.detail()).isEqualTo("Policy 7 blocks deal D-9: discount (REQUIRE_APPROVAL): discount 15.00% "
				+ "of 10000.00 EUR; credit-hold (BLOCK): Acme is on credit hold; pilot (WARN): pilot of 8500.00.");
	}

	@Test
	void shouldCountARuleThatCannotBeEvaluatedAsBroken() {
		// given
		DealCondition failing = (facts) -> {
			throw new DealCondition.RuleEvaluationException("cannot compare", null);
		};
		Policy policy = new Policy("1", "p.yaml", "0",
				List.of(new PolicyRule("odd", null, "x", failing, PolicyAction.REQUIRE_APPROVAL, "m")), Set.of());
		// when
		PolicyVerdict verdict = new DealPolicyCheck(policy, PriceBook.empty()).verdict(DEAL);
		// then
		assertThat(verdict.decisions()).containsExactly(new PolicyDecision("odd", PolicyAction.REQUIRE_APPROVAL,
				"the rule could not be evaluated for this deal, so it counts as broken: cannot compare"));
	}

	@Test
	void shouldFindNothingWithoutAPolicyAndKeepAMatchedDealMatched() {
		// given
		PolicyVerdict violation = new DealPolicyCheck(policy(Set.of("A-7")), BOOK).verdict(DEAL);
		// when
		GroupOutcome outcome = new GroupOutcome(List.of(), true).with(violation.findings());
		// then
		assertThat(DealPolicyCheck.none().verdict(DEAL)).isEqualTo(PolicyVerdict.none());
		assertThat(outcome.findings()).hasSize(1);
		assertThat(outcome.matchedDeal()).isTrue();
	}

	private static Policy policy(Set<String> holds) {
		return new Policy("7", "p.yaml", "0", List.of(
				new PolicyRule("discount", null, "discountPercent > 10",
						(f) -> f.discountPercent() != null && f.discountPercent().compareTo(BigDecimal.TEN) > 0,
						PolicyAction.REQUIRE_APPROVAL, "discount {discountPercent}% of {listPrice} {currency}"),
				new PolicyRule("credit-hold", null, "creditHold", DealFacts::creditHold, PolicyAction.BLOCK,
						"{accountName} is on credit hold"),
				new PolicyRule("pilot", null, "dealName", (f) -> f.dealName().endsWith("Pilot"), PolicyAction.WARN,
						"pilot of {amount}")),
				holds);
	}

}
