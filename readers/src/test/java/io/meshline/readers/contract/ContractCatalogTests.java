package io.meshline.readers.contract;

import org.junit.jupiter.api.Test;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ContractCatalogTests {

	@Test
	void shouldListTheBuiltInsSortedAndLoadEachOfThem() {
		// given // when
		var names = ContractCatalog.builtInNames();
		// then
		assertThat(names).isSorted()
			.containsExactly("generic-crm", "generic-erp", "hubspot", "netsuite", "quickbooks", "salesforce");
		assertThat(names).allSatisfy((name) -> {
			Contract contract = ContractCatalog.builtIn(name);
			assertThat(contract.name()).isEqualTo(name);
			assertThat(contract.defaultCurrency()).isEqualTo("USD");
		});
	}

	@Test
	void shouldExposeTheFlagsOfTheLedgerContracts() {
		// given // when
		Contract quickbooks = ContractCatalog.builtIn("quickbooks");
		Contract netsuite = ContractCatalog.builtIn("netsuite");
		// then
		assertThat(quickbooks.side()).isEqualTo(Side.ERP);
		assertThat(quickbooks.lines()).isTrue();
		assertThat(netsuite.lines()).isFalse();
		assertThat(netsuite.notLive().values()).containsExactly("Voided", "Rejected");
	}

	@Test
	void shouldGiveTheCommentedSourceToCopy() {
		// given // when
		String source = ContractCatalog.builtInSource("salesforce");
		// then
		assertThat(source).startsWith("# Meshline contract").contains("contract: salesforce");
	}

	@Test
	void shouldListTheKnownNamesForAnUnknownOne() {
		// given // when // then
		assertThatIllegalArgumentException().isThrownBy(() -> ContractCatalog.builtIn("sap"))
			.withMessage("There is no built-in contract \"sap\"; the built-in ones are "
					+ "generic-crm, generic-erp, hubspot, netsuite, quickbooks, salesforce.");
	}

}
