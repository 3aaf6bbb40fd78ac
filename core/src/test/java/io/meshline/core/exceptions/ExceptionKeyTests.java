package io.meshline.core.exceptions;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionKeyTests {

	@Test
	void shouldKeyADealFindingByTypeAndDealId() {
		assertThat(ExceptionKey.of(Findings.deal(FindingType.MISSING_IN_ERP, "D-7", "Ann", "10.00")))
			.isEqualTo("MISSING_IN_ERP:D-7");
	}

	@Test
	void shouldKeyOrphansByInvoiceSinceTwoOrphansMayShareAReference() {
		assertThat(ExceptionKey.of(Findings.orphan("D-999", "INV-1"))).isEqualTo("ORPHAN_IN_ERP:INV-1");
		assertThat(ExceptionKey.of(Findings.orphan("", "INV-2"))).isEqualTo("ORPHAN_IN_ERP:INV-2");
	}

	@Test
	void shouldCutAVeryLongRecordIdButKeepItUnique() {
		// given
		Finding one = Findings.deal(FindingType.MISSING_IN_ERP, "D".repeat(300) + "1", null, "1");
		Finding two = Findings.deal(FindingType.MISSING_IN_ERP, "D".repeat(300) + "2", null, "1");
		// when
		String keyOne = ExceptionKey.of(one);
		String keyTwo = ExceptionKey.of(two);
		// then
		assertThat(keyOne).hasSize("MISSING_IN_ERP:".length() + 177).isNotEqualTo(keyTwo);
		assertThat(ExceptionKey.recordId(one)).hasSize(301);
	}

	@Test
	void shouldKeyAFindingWithoutDealIdByItsInvoices() {
		Finding finding = new Finding(FindingType.DUPLICATE_IN_ERP, "", List.of("I-1", "I-2"), null, null, "USD", null,
				null, null, null, null, null, null, null, "x");
		assertThat(ExceptionKey.of(finding)).isEqualTo("DUPLICATE_IN_ERP:I-1|I-2");
	}

}
