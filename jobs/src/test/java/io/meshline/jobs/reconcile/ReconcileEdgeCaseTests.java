package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-job cases that the sample sets do not plant, each from a small file under test resources. */
class ReconcileEdgeCaseTests {

	private static final Path EDGE = Path.of("src", "test", "resources", "edge").toAbsolutePath();

	@TempDir
	Path home;

	@TempDir
	Path out;

	@Test
	void shouldKeepTheLinesOfOneInvoiceInTwoCurrenciesApart() throws IOException {
		// given: deal 104 is USD 300.00; invoice 4 bills EUR 100 on one line and USD 200 on another
		// when
		CliRun run = CliRun.run(this.home, "reconcile", "--crm", EDGE.resolve("hubspot-one-deal.csv").toString(),
				"--crm-format", "hubspot", "--erp", EDGE.resolve("quickbooks-two-currency-lines.csv").toString(),
				"--erp-format", "quickbooks", "--out", this.out.toString());
		// then: the EUR part is a currency mismatch, and USD 100.00 of the deal is not billed
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<Map<String, String>> rows = CsvRows.read(this.out.resolve("discrepancies.csv"));
		assertThat(rows).extracting((row) -> row.get("finding") + " " + row.get("erp_ids") + " " + row.get("delta"))
			.containsExactly("CURRENCY_MISMATCH 4 ", "AMOUNT_MISMATCH 4 -100.00");
		JsonNode summary = JsonMapper.builder().build().readTree(this.out.resolve("summary.json").toFile());
		assertThat(summary.path("revenue_at_risk").path("USD").asString()).isEqualTo("100.00");
		assertThat(summary.path("revenue_at_risk").size()).isEqualTo(1);
	}

	@Test
	void shouldSayWhenAnOrphanReferencesARejectedRowAndKeepAnOpenDealWithoutAmountOrDate() throws IOException {
		// given: D2's amount does not parse; D3 is open with neither amount nor close date; each is invoiced
		// when
		CliRun run = CliRun.run(this.home, "reconcile", "--crm",
				EDGE.resolve("generic-deals-with-bad-and-open-rows.csv").toString(), "--crm-format", "generic-crm",
				"--erp", EDGE.resolve("generic-invoices-for-bad-and-open-rows.csv").toString(), "--erp-format",
				"generic-erp", "--out", this.out.toString());
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<Map<String, String>> rows = CsvRows.read(this.out.resolve("discrepancies.csv"));
		assertThat(rows).extracting((row) -> row.get("finding") + " " + row.get("crm_id") + " " + row.get("erp_ids"))
			.containsExactly("STATUS_CONFLICT D3 I3", "ORPHAN_IN_ERP D2 I2");
		assertThat(rows.get(1).get("detail"))
			.isEqualTo("Invoice I2 references D2, whose CRM row on line 3 was rejected (see rejects.csv).");
		assertThat(CsvRows.read(this.out.resolve("rejects.csv"))).singleElement()
			.satisfies((reject) -> assertThat(reject.get("line")).isEqualTo("3"));
	}

	@Test
	void shouldRejectALaterRowThatUsesADealIdAgain() throws IOException {
		// when
		CliRun run = CliRun.run(this.home, "reconcile", "--crm", EDGE.resolve("salesforce-duplicate-ids.csv").toString(),
				"--crm-format", "salesforce", "--erp", EDGE.resolve("generic-invoices-for-duplicate-ids.csv").toString(),
				"--erp-format", "generic-erp", "--out", this.out.toString());
		// then: the first row of 006A counts, and matches its invoice; the later one is rejected
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(CsvRows.read(this.out.resolve("discrepancies.csv"))).isEmpty();
		assertThat(CsvRows.read(this.out.resolve("rejects.csv"))).singleElement().satisfies((reject) -> {
			assertThat(reject.get("line")).isEqualTo("4");
			assertThat(reject.get("column")).isEqualTo("Id");
			assertThat(reject.get("reason")).isEqualTo("Deal id 006A is used again: the first row with it is on line 2.");
		});
		JsonNode crm = JsonMapper.builder().build().readTree(this.out.resolve("summary.json").toFile())
			.path("inputs").path("crm");
		assertThat(crm.path("rows_read").asLong()).isEqualTo(3);
		assertThat(crm.path("accepted").asLong()).isEqualTo(2);
		assertThat(crm.path("rejected").asLong()).isEqualTo(1);
	}

}
