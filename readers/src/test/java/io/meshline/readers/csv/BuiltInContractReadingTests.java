package io.meshline.readers.csv;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.CrmRowMapper;
import io.meshline.core.contract.ErpRowMapper;
import io.meshline.core.contract.RowMapper;
import io.meshline.core.contract.RowResult;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.readers.contract.ContractCatalog;
import io.meshline.readers.contract.ContractLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BuiltInContractReadingTests {

	private static Path resource(String name) throws URISyntaxException {
		return Path.of(BuiltInContractReadingTests.class.getResource(name).toURI());
	}

	private static <T> List<T> accepted(String export, Contract contract, RowMapper.Factory<T> factory)
			throws Exception {
		List<T> records = new ArrayList<>();
		try (ExportReader<T> reader = ExportReader.open(resource("/exports/" + export), contract, factory)) {
			reader.forEachRemaining((result) -> {
				assertThat(result).as("%s", result).isInstanceOf(RowResult.Accepted.class);
				records.add(((RowResult.Accepted<T>) result).record());
			});
		}
		return records;
	}

	@Test
	void shouldReadADataCloudShapedSalesforceExportUnchanged() throws Exception {
		// given
		Contract salesforce = ContractCatalog.builtIn("salesforce");
		// when
		List<CrmDeal> deals = accepted("salesforce-datacloud-opportunity.csv", salesforce, CrmRowMapper::bind);
		// then
		assertThat(deals).extracting(CrmDeal::dealId, CrmDeal::won, CrmDeal::amount, CrmDeal::closeDate)
			.containsExactly(
					tuple("006Xx00000Tst001QAZ", true, new BigDecimal("250000.00"),
							LocalDate.of(2024, 3, 14)),
					tuple("006Xx00000Tst002QAZ", false, new BigDecimal("98765.43"),
							LocalDate.of(2024, 5, 2)),
					tuple("006Xx00000Tst003QAZ", true, new BigDecimal("1442558.88"),
							LocalDate.of(2024, 7, 21)),
					tuple("006Xx00000Tst004QAZ", false, new BigDecimal("5000.00"),
							LocalDate.of(2024, 8, 30)));
		CrmDeal second = deals.get(1);
		assertThat(second.dealName()).isEqualTo("Harper, Lowe and Ortiz - Merchant Services - May 2024");
		assertThat(second.accountId()).isEqualTo("001Xx00000Acc002QAZ");
		assertThat(second.currency()).isEqualTo("USD");
		assertThat(second.owner()).isEqualTo("005Xx000001AbCdQAZ");
		assertThat(second.line()).isEqualTo(3);
	}

	@Test
	void shouldReadASpreadsheetShapedSalesforceExportWithAUserContract() throws Exception {
		// given
		Contract contract = ContractLoader.load(resource("/contracts/salesforce-spreadsheet.yaml"));
		// when
		List<CrmDeal> deals = accepted("salesforce-devorg-opportunity.csv", contract, CrmRowMapper::bind);
		// then
		assertThat(deals).extracting(CrmDeal::won).containsExactly(true, false, false);
		assertThat(deals).extracting(CrmDeal::closeDate)
			.containsExactly(LocalDate.of(2024, 2, 3), LocalDate.of(2025, 11, 30), LocalDate.of(2024, 1, 15));
		assertThat(deals.get(0).amount()).isEqualTo(new BigDecimal("220000.00"));
	}

	@Test
	void shouldReadAHubSpotExport() throws Exception {
		// given // when
		List<CrmDeal> deals = accepted("hubspot-deals.csv", ContractCatalog.builtIn("hubspot"), CrmRowMapper::bind);
		// then
		assertThat(deals.get(0)).isEqualTo(new CrmDeal("18452036001", null, "Acme Corp", "Acme renewal 2026",
				"Closed Won", true, new BigDecimal("125000.00"), "USD", LocalDate.of(2026, 10, 31), "Dana Whitfield", 2));
		assertThat(deals).extracting(CrmDeal::won).containsExactly(true, false, true);
		assertThat(deals.get(2).amount()).isEqualTo(new BigDecimal("9500.50"));
		assertThat(deals.get(2).accountName()).isNull();
	}

	@Test
	void shouldReadANetSuiteSavedSearch() throws Exception {
		// given // when
		List<ErpInvoice> invoices = accepted("netsuite-invoices.csv", ContractCatalog.builtIn("netsuite"),
				ErpRowMapper::bind);
		// then
		assertThat(invoices.get(0)).isEqualTo(new ErpInvoice("8841", "INV10231", LocalDate.of(2026, 3, 4), "1207",
				"Northwind Traders", "006Xx00000Tst001QAZ", "USD", new BigDecimal("250000.00"), true, "Paid In Full",
				2));
		assertThat(invoices.get(1).customerName()).isEqualTo("Harper, Lowe and Ortiz");
		assertThat(invoices.get(1).currency()).isEqualTo("EUR");
		assertThat(invoices.get(1).dealRef()).isNull();
		assertThat(invoices).extracting(ErpInvoice::live).containsExactly(true, true, false);
	}

	@Test
	void shouldReadQuickBooksInvoiceLines() throws Exception {
		// given
		Contract quickbooks = ContractCatalog.builtIn("quickbooks");
		// when
		List<ErpInvoice> lines = accepted("quickbooks-invoices.csv", quickbooks, ErpRowMapper::bind);
		// then
		assertThat(quickbooks.lines()).isTrue();
		assertThat(lines).extracting(ErpInvoice::invoiceId).containsExactly("1001", "1001", "1002");
		assertThat(lines).extracting(ErpInvoice::amount)
			.containsExactly(new BigDecimal("120000.00"), new BigDecimal("5000.00"), new BigDecimal("1500.00"));
		assertThat(lines).extracting(ErpInvoice::dealRef).containsExactly("006Ec00000AieKGIAZ", "006Ec00000AieKGIAZ", null);
		assertThat(lines.get(0).invoiceDate()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(lines.get(0).customerName()).isEqualTo("Acme Corp");
		assertThat(lines).allSatisfy((line) -> assertThat(line.live()).isTrue());
	}

	@Test
	void shouldReadTheGenericLayouts() throws Exception {
		// given // when
		List<CrmDeal> deals = accepted("generic-deals.csv", ContractCatalog.builtIn("generic-crm"),
				CrmRowMapper::bind);
		List<ErpInvoice> invoices = accepted("generic-invoices.csv", ContractCatalog.builtIn("generic-erp"),
				ErpRowMapper::bind);
		// then
		assertThat(deals.get(0)).isEqualTo(new CrmDeal("D-1", "A-1", "Acme Corp", "Acme renewal", "Closed Won", true,
				new BigDecimal("125000.00"), "USD", LocalDate.of(2026, 10, 31), "dana", 2));
		assertThat(deals.get(1).won()).isFalse();
		assertThat(deals.get(1).accountId()).isNull();
		assertThat(deals.get(1).accountKey()).isEqualTo("Globex");
		assertThat(invoices).extracting(ErpInvoice::live).containsExactly(true, false, true);
		assertThat(invoices.get(2).amount()).isEqualTo(new BigDecimal("9000"));
		assertThat(invoices.get(2).currency()).isEqualTo("JPY");
	}

	@Test
	void shouldReadSemicolonsAndDecimalCommasWithAUserContract() throws Exception {
		// given
		Contract contract = ContractLoader.load(resource("/contracts/european-crm.yaml"));
		// when
		List<CrmDeal> deals = accepted("european-deals.csv", contract, CrmRowMapper::bind);
		// then
		assertThat(deals.get(0)).isEqualTo(new CrmDeal("V-1", null, null, "Müller; Söhne", "Closed Won", true,
				new BigDecimal("1234.56"), "EUR", LocalDate.of(2026, 10, 31), null, 2));
		assertThat(deals.get(1).amount()).isEqualTo(new BigDecimal("99.50"));
		assertThat(deals.get(1).won()).isFalse();
		assertThat(deals.get(1).stage()).isEqualTo("offen");
	}

}
