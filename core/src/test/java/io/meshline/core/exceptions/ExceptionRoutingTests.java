package io.meshline.core.exceptions;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.meshline.core.reconcile.FindingType;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionRoutingTests {

	private static Map<FindingType, String> defaults() {
		Map<FindingType, String> queues = new EnumMap<>(FindingType.class);
		for (FindingType type : FindingType.values()) {
			queues.put(type, "q-" + type.name().toLowerCase());
		}
		queues.put(FindingType.CUSTOMER_MISMATCH, "identity-resolution");
		queues.put(FindingType.UNMAPPED_ACCOUNT, "identity-resolution");
		return queues;
	}

	@Test
	void shouldGiveHardFindingsTwoHoursAndSoftOnesEightByDefault() {
		ExceptionRouting routing = new ExceptionRouting(List.of(), defaults());
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", "Ann", "10.00")))
			.isEqualTo(new Route("q-missing_in_erp", Severity.HARD, Sla.ofHours(2)));
		assertThat(routing.route(Findings.deal(FindingType.DATE_DRIFT, "D-1", "Ann", "10.00")))
			.isEqualTo(new Route("q-date_drift", Severity.SOFT, Sla.ofHours(8)));
	}

	@Test
	void shouldSendOwnerlessExceptionsToTriageWithOneBusinessDay() {
		ExceptionRouting routing = new ExceptionRouting(List.of(), defaults());
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", " ", "10.00")))
			.isEqualTo(new Route("triage", Severity.HARD, Sla.oneBusinessDay()));
		assertThat(routing.route(Findings.deal(FindingType.CUSTOMER_MISMATCH, "D-1", null, "10.00")))
			.isEqualTo(new Route("identity-resolution", Severity.SOFT, Sla.oneBusinessDay()));
		assertThat(routing.route(Findings.deal(FindingType.UNMAPPED_ACCOUNT, "D-1", null, "10.00")))
			.isEqualTo(new Route("identity-resolution", Severity.SOFT, Sla.oneBusinessDay()));
		assertThat(routing.route(Findings.orphan("X", "INV-1")).queue()).isEqualTo("q-orphan_in_erp");
	}

	@Test
	void shouldTakeTheFirstMatchingRuleByOwnerAndAmountBand() {
		// given
		RoutingRule big = new RoutingRule(FindingType.MISSING_IN_ERP, null, "USD", new BigDecimal("10000"), null,
				"controller", Severity.HARD, Sla.ofHours(1));
		RoutingRule ann = new RoutingRule(FindingType.MISSING_IN_ERP, "Ann", null, null, null, "ann-team", null, null);
		RoutingRule small = new RoutingRule(FindingType.MISSING_IN_ERP, null, null, null, new BigDecimal("100"),
				"small", Severity.SOFT, null);
		ExceptionRouting routing = new ExceptionRouting(List.of(big, ann, small), defaults());
		// when / then
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", "Ann", "10000.00")))
			.isEqualTo(new Route("controller", Severity.HARD, Sla.ofHours(1)));
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", "Ann", "9999.99")))
			.isEqualTo(new Route("ann-team", Severity.HARD, Sla.ofHours(2)));
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", "Bob", "99.99")))
			.isEqualTo(new Route("small", Severity.SOFT, Sla.ofHours(8)));
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", "Bob", "100.00")).queue())
			.isEqualTo("q-missing_in_erp");
	}

	@Test
	void shouldKeepTriageForOwnerlessExceptionsWhenARuleOnlyRenamesTheQueue() {
		// given: a file of the original finding,queue form
		RoutingRule rename = new RoutingRule(FindingType.MISSING_IN_ERP, null, null, null, null, "billing", null, null);
		ExceptionRouting routing = new ExceptionRouting(List.of(rename), defaults());
		// when / then
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", "Ann", "10.00")))
			.isEqualTo(new Route("billing", Severity.HARD, Sla.ofHours(2)));
		assertThat(routing.route(Findings.deal(FindingType.MISSING_IN_ERP, "D-1", null, "10.00")))
			.isEqualTo(new Route("triage", Severity.HARD, Sla.oneBusinessDay()));
	}

}
