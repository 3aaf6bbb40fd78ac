package io.meshline.writers.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import io.meshline.core.model.CrmDeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CrmExportWritersTests {

	@TempDir
	Path dir;

	private final CrmDeal won = new CrmDeal("006Ec00000AieKFIAZ", "001Ec00000B1xYzIAJ", "Acme, Inc.",
			"Acme - Expansion", "Closed Won", true, new BigDecimal("1234.5"), "USD", LocalDate.of(2026, 9, 3),
			"005Ec000001aBcDIAU", 0);

	private final CrmDeal lost = new CrmDeal("006Ec00000AieKGIAZ", "001Ec00000B1xYzIAJ", "Acme, Inc.", "Acme - Pilot",
			"Closed Lost", false, new BigDecimal("90000"), "JPY", LocalDate.of(2026, 10, 1), "005Ec000001aBcDIAU", 0);

	@Test
	void shouldWriteSalesforceOpportunitiesWithBomAndApiNames() throws IOException {
		// given
		Path file = this.dir.resolve("crm.csv");

		// when
		try (SalesforceOpportunityWriter writer = new SalesforceOpportunityWriter(file)) {
			writer.write(this.won, Instant.parse("2024-01-22T16:14:25Z"));
			writer.write(this.lost);
		}

		// then
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
				+ "Id,IsDeleted,AccountId,Name,StageName,Amount,Probability,CloseDate,IsClosed,IsWon,OwnerId,CurrencyIsoCode,CreatedDate\r\n"
				+ "006Ec00000AieKFIAZ,,001Ec00000B1xYzIAJ,Acme - Expansion,Closed Won,1234.50,100,2026-09-03,1,1,005Ec000001aBcDIAU,USD,2024-01-22T16:14:25.000+0000\r\n"
				+ "006Ec00000AieKGIAZ,,001Ec00000B1xYzIAJ,Acme - Pilot,Closed Lost,90000,0,2026-10-01,1,,005Ec000001aBcDIAU,JPY,\r\n");
	}

	@Test
	void shouldWriteHubSpotDealsWithStageLabelsAndCompanyName() throws IOException {
		// given
		Path file = this.dir.resolve("crm.csv");
		CrmDeal open = new CrmDeal("20000000016", null, "Globex", "Globex \"Q4\"", "Appointment Scheduled", false,
				new BigDecimal("10.00"), "EUR", LocalDate.of(2026, 10, 30), "Dana Scully", 0);

		// when
		try (HubSpotDealWriter writer = new HubSpotDealWriter(file)) {
			writer.write(this.won);
			writer.write(open);
		}

		// then
		assertThat(Files.readString(file)).isEqualTo(
				"Record ID,Deal Name,Deal Stage,Close Date,Amount,Deal owner,Associated Company,Currency\r\n"
						+ "006Ec00000AieKFIAZ,Acme - Expansion,Closed Won,2026-09-03 00:00,1234.50,005Ec000001aBcDIAU,\"Acme, Inc.\",USD\r\n"
						+ "20000000016,\"Globex \"\"Q4\"\"\",Appointment Scheduled,2026-10-30 00:00,10.00,Dana Scully,Globex,EUR\r\n");
	}

	@Test
	void shouldWriteGenericCrmWithBooleansAndIsoDates() throws IOException {
		// given
		Path file = this.dir.resolve("crm.csv");

		// when
		try (GenericCrmWriter writer = new GenericCrmWriter(file)) {
			writer.write(this.won);
			writer.write(this.lost);
		}

		// then
		assertThat(Files.readString(file)).isEqualTo(
				"deal_id,account_id,account_name,deal_name,stage,won,amount,currency,close_date,owner\r\n"
						+ "006Ec00000AieKFIAZ,001Ec00000B1xYzIAJ,\"Acme, Inc.\",Acme - Expansion,Closed Won,true,1234.50,USD,2026-09-03,005Ec000001aBcDIAU\r\n"
						+ "006Ec00000AieKGIAZ,001Ec00000B1xYzIAJ,\"Acme, Inc.\",Acme - Pilot,Closed Lost,false,90000,JPY,2026-10-01,005Ec000001aBcDIAU\r\n");
	}

	@Test
	void shouldWriteCrosswalkAndCountRows() throws IOException {
		// given
		Path file = this.dir.resolve("crosswalk.csv");
		long rows;

		// when
		try (CrosswalkWriter writer = new CrosswalkWriter(file)) {
			writer.write("001Ec00000B1xYzIAJ", "1042");
			writer.write("Globex", "Globex Corporation");
			rows = writer.rowsWritten();
		}

		// then
		assertThat(rows).isEqualTo(2);
		assertThat(Files.readString(file))
			.isEqualTo("crm_account_id,erp_customer_id\r\n001Ec00000B1xYzIAJ,1042\r\nGlobex,Globex Corporation\r\n");
	}

}
