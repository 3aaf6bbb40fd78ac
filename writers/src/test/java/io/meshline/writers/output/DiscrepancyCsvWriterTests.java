package io.meshline.writers.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DiscrepancyCsvWriterTests {

	@TempDir
	Path dir;

	@Test
	void shouldWriteFindingsWithQueueAndJoinedInvoiceIds() throws IOException {
		// given
		Path file = this.dir.resolve("discrepancies.csv");
		Finding under = new Finding(FindingType.AMOUNT_MISMATCH, "D-000001", List.of("INV-000001", "INV-000002"),
				"A-00001", "C-00001", "USD", new BigDecimal("1000.00"), new BigDecimal("987.50"),
				new BigDecimal("-12.50"), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5), "Dana Scully",
				new BigDecimal("12.50"), null, "Invoiced 987.50 USD of 1000.00 USD.");
		Finding orphan = new Finding(FindingType.ORPHAN_IN_ERP, "", List.of("INV-000003"), null, "C-00002", "EUR",
				null, new BigDecimal("5.00"), null, null, LocalDate.of(2026, 10, 2), null, null, null,
				"Invoice INV-000003 names no deal.");

		// when
		try (DiscrepancyCsvWriter writer = new DiscrepancyCsvWriter(file)) {
			writer.write(under, "revenue-assurance");
			writer.write(orphan, "ar-triage");
		}

		// then
		assertThat(Files.readString(file)).isEqualTo(
				"finding,crm_id,erp_ids,crm_account,erp_customer,currency,crm_amount,erp_amount,delta,close_date,first_invoice_date,owner,queue,detail\r\n"
						+ "AMOUNT_MISMATCH,D-000001,INV-000001|INV-000002,A-00001,C-00001,USD,1000.00,987.50,-12.50,2026-09-01,2026-09-05,Dana Scully,revenue-assurance,Invoiced 987.50 USD of 1000.00 USD.\r\n"
						+ "ORPHAN_IN_ERP,,INV-000003,,C-00002,EUR,,5.00,,,2026-10-02,,ar-triage,Invoice INV-000003 names no deal.\r\n");
	}

	@Test
	void shouldNeutraliseFormulaCells() throws IOException {
		// given
		Path file = this.dir.resolve("discrepancies.csv");
		Finding hostile = new Finding(FindingType.CUSTOMER_MISMATCH, "=HYPERLINK(\"x\")", List.of("+cmd"),
				"@SUM(A1)", "-cmd", "USD", null, null, new BigDecimal("-12.50"), null, null, "\tOwner", null, null,
				"-12.50");

		// when
		try (DiscrepancyCsvWriter writer = new DiscrepancyCsvWriter(file)) {
			writer.write(hostile, "identity-resolution");
		}

		// then
		assertThat(Files.readAllLines(file).get(1)).isEqualTo(
				"CUSTOMER_MISMATCH,\"'=HYPERLINK(\"\"x\"\")\",'+cmd,'@SUM(A1),'-cmd,USD,,,-12.50,,,'\tOwner,identity-resolution,-12.50");
	}

}
