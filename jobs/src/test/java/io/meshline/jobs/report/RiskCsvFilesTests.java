package io.meshline.jobs.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.reports.data.RiskItem;
import io.meshline.reports.risk.RevenueAtRisk;

import static org.assertj.core.api.Assertions.assertThat;

class RiskCsvFilesTests {

	@TempDir
	Path dir;

	@Test
	void shouldNeutraliseFormulasAndKeepAmountsPlain() throws IOException {
		// given
		RevenueAtRisk risk = new RevenueAtRisk(List.of(
				new RiskItem("D-1", "=HYPERLINK(\"http://x\")", "@owner", "JPY", new BigDecimal("1200000"),
						LocalDate.of(2026, 9, 30)),
				new RiskItem("D-2", "Zoë Ltd", "Ann", "USD", new BigDecimal("10.50"), LocalDate.of(2026, 12, 5))),
				LocalDate.of(2026, 10, 31));
		// when
		new RiskCsvFiles(risk, 7).writeTo(this.dir);
		// then
		assertThat(Files.readAllLines(this.dir.resolve("risk-top-accounts.csv"), StandardCharsets.UTF_8)).containsExactly(
				"run_id,currency,rank,account,deals,oldest_close_date,at_risk",
				"7,JPY,1,\"'=HYPERLINK(\"\"http://x\"\")\",1,2026-09-30,1200000", "7,USD,1,Zoë Ltd,1,2026-12-05,10.50");
		assertThat(Files.readAllLines(this.dir.resolve("risk-by-age.csv"), StandardCharsets.UTF_8)).containsExactly(
				"run_id,currency,deals,days_0-30,days_31-60,days_61-90,days_over-90,total",
				"7,JPY,1,0,1200000,0,0,1200000", "7,USD,1,10.50,0.00,0.00,0.00,10.50");
		assertThat(Files.readString(this.dir.resolve("risk-by-owner.csv"), StandardCharsets.UTF_8)).contains(",'@owner,");
		assertThat(Files.readAllLines(this.dir.resolve("risk-deals.csv"), StandardCharsets.UTF_8)).contains(
				"7,D-2,Zoë Ltd,Ann,USD,2026-12-05,0,0-30,10.50");
	}

}
