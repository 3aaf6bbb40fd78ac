package io.meshline.writers.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.meshline.core.model.ErpInvoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ErpExportWritersTests {

	@TempDir
	Path dir;

	private final ErpInvoice open = new ErpInvoice("40213", "INV10452", LocalDate.of(2026, 9, 7), "1042",
			"Acme, Inc.", "006Ec00000AieKFIAZ", "USD", new BigDecimal("1234.5"), true, null, 0);

	private final ErpInvoice voided = new ErpInvoice("40214", "INV10453", LocalDate.of(2026, 10, 12), "1043",
			"Globex", null, "JPY", new BigDecimal("90000"), false, null, 0);

	@Test
	void shouldWriteNetSuiteSavedSearchRows() throws IOException {
		// given
		Path file = this.dir.resolve("erp.csv");
		ErpInvoice paid = new ErpInvoice("40215", "INV10454", LocalDate.of(2026, 10, 1), "1042", "Acme, Inc.",
				"006Ec00000AieKFIAZ", "EUR", new BigDecimal("10.00"), true, "Paid In Full", 0);

		// when
		try (NetSuiteInvoiceWriter writer = new NetSuiteInvoiceWriter(file)) {
			writer.write(this.open, "Acme - Expansion");
			writer.write(this.voided);
			writer.write(paid);
		}

		// then
		assertThat(Files.readString(file)).isEqualTo(
				"Internal ID,Document Number,Date,Customer Internal ID,Customer,External ID,Currency,Amount,Status,Memo\r\n"
						+ "40213,INV10452,9/7/2026,1042,\"Acme, Inc.\",006Ec00000AieKFIAZ,USD,1234.50,Open,Acme - Expansion\r\n"
						+ "40214,INV10453,10/12/2026,1043,Globex,,JPY,90000,Voided,\r\n"
						+ "40215,INV10454,10/1/2026,1042,\"Acme, Inc.\",006Ec00000AieKFIAZ,EUR,10.00,Paid In Full,\r\n");
	}

	@Test
	void shouldWriteQuickBooksLinesWithMemoAndDueDate() throws IOException {
		// given
		Path file = this.dir.resolve("erp.csv");
		ErpInvoice first = new ErpInvoice("1001", "1001", LocalDate.of(2026, 9, 7), null, "Acme, Inc.",
				"006Ec00000AieKFIAZ", "USD", new BigDecimal("1000.00"), true, null, 0);
		ErpInvoice second = new ErpInvoice("1001", "1001", LocalDate.of(2026, 9, 7), null, "Acme, Inc.",
				"006Ec00000AieKFIAZ", "USD", new BigDecimal("234.50"), true, null, 0);
		ErpInvoice orphan = new ErpInvoice("1002", "1002", LocalDate.of(2026, 10, 12), null, "Globex", null, "USD",
				new BigDecimal("5"), true, null, 0);

		// when
		try (QuickBooksInvoiceWriter writer = new QuickBooksInvoiceWriter(file)) {
			writer.write(first, "Licences");
			writer.write(second, "Onboarding");
			writer.write(orphan);
		}

		// then
		assertThat(Files.readString(file)).isEqualTo(
				"InvoiceNo,Customer,InvoiceDate,DueDate,Terms,Memo,Item(Product/Service),ItemDescription,ItemQuantity,ItemRate,ItemAmount,Currency\r\n"
						+ "1001,\"Acme, Inc.\",09/07/2026,10/07/2026,Net 30,CRM:006Ec00000AieKFIAZ,Services,Licences,1,1000.00,1000.00,USD\r\n"
						+ "1001,\"Acme, Inc.\",09/07/2026,10/07/2026,Net 30,CRM:006Ec00000AieKFIAZ,Services,Onboarding,1,234.50,234.50,USD\r\n"
						+ "1002,Globex,10/12/2026,11/11/2026,Net 30,,Services,,1,5.00,5.00,USD\r\n");
	}

	@Test
	void shouldRefuseVoidInvoiceForQuickBooks() throws IOException {
		// given
		try (QuickBooksInvoiceWriter writer = new QuickBooksInvoiceWriter(this.dir.resolve("erp.csv"))) {
			// when / then
			assertThatIllegalArgumentException().isThrownBy(() -> writer.write(this.voided))
				.withMessage("Invoice 40214 is void; a QuickBooks invoice import has no status column,"
						+ " so only live invoices can be written.");
		}
	}

	@Test
	void shouldWriteGenericErpWithLiveOrVoid() throws IOException {
		// given
		Path file = this.dir.resolve("erp.csv");

		// when
		try (GenericErpWriter writer = new GenericErpWriter(file)) {
			writer.write(this.open);
			writer.write(this.voided);
		}

		// then
		assertThat(Files.readString(file)).isEqualTo(
				"invoice_id,document_number,invoice_date,customer_id,customer_name,deal_ref,currency,amount,status\r\n"
						+ "40213,INV10452,2026-09-07,1042,\"Acme, Inc.\",006Ec00000AieKFIAZ,USD,1234.50,live\r\n"
						+ "40214,INV10453,2026-10-12,1043,Globex,,JPY,90000,void\r\n");
	}

	@Test
	void shouldAppendRowsWithOneHeaderWhenAppending() throws IOException {
		// given
		Path file = this.dir.resolve("import.csv");

		// when
		try (NetSuiteInvoiceWriter writer = NetSuiteInvoiceWriter.appendingTo(file)) {
			writer.write(this.open);
		}
		try (NetSuiteInvoiceWriter writer = NetSuiteInvoiceWriter.appendingTo(file)) {
			writer.write(this.voided);
		}

		// then
		assertThat(Files.readAllLines(file)).hasSize(3)
			.first()
			.isEqualTo(String.join(",", NetSuiteInvoiceWriter.HEADER));
	}

}
