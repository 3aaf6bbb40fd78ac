package io.meshline.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SampleGeneratorTests {

	@TempDir
	Path dir;

	private final GeneratorOptions base = GeneratorOptions.defaults().withAsOf(LocalDate.of(2026, 10, 31));

	@ParameterizedTest
	@CsvSource({ "salesforce,netsuite", "hubspot,quickbooks", "generic-crm,generic-erp" })
	void shouldWriteIdenticalBytesForTheSameSeed(String crm, String erp) throws IOException {
		// given
		GeneratorOptions options = this.base.withFormats(CrmFormat.fromContract(crm), ErpFormat.fromContract(erp))
			.withDeals(2_000);

		// when
		GenerationResult first = SampleGenerator.generate(options, this.dir.resolve("a"));
		GenerationResult second = SampleGenerator.generate(options, this.dir.resolve("b"));

		// then
		assertThat(first.files()).hasSize(4);
		for (int i = 0; i < first.files().size(); i++) {
			assertThat(Files.readAllBytes(second.files().get(i))).isEqualTo(Files.readAllBytes(first.files().get(i)));
		}
		assertThat(first.planted()).isEqualTo(second.planted());
	}

	@Test
	void shouldWriteOtherFilesForAnotherSeed() throws IOException {
		// given
		GeneratorOptions options = this.base.withDeals(200);

		// when
		GenerationResult first = SampleGenerator.generate(options, this.dir.resolve("a"));
		GenerationResult other = SampleGenerator.generate(options.withSeed(43), this.dir.resolve("b"));

		// then
		assertThat(Files.readString(other.files().get(0))).isNotEqualTo(Files.readString(first.files().get(0)));
	}

	@Test
	void shouldListEveryPlantedFindingInPlantedCsv() throws IOException {
		// given
		GeneratorOptions options = this.base.withDeals(3_000).withFaultRate(0.3);

		// when
		GenerationResult result = SampleGenerator.generate(options, this.dir);

		// then
		List<String> rows = Files.readAllLines(this.dir.resolve("planted.csv"));
		assertThat(rows.get(0)).isEqualTo("finding,crm_id,erp_ids,currency,at_risk,over_billed");
		Map<String, Long> byFinding = rows.stream().skip(1).map((row) -> row.substring(0, row.indexOf(',')))
			.collect(Collectors.groupingBy((f) -> f, Collectors.counting()));
		result.plantedFindings().forEach((type, count) -> assertThat(byFinding.getOrDefault(type.name(), 0L))
			.as(type.name()).isEqualTo(count));
		assertThat(rows).hasSize((int) result.plantedTotal() + 1);
	}

	@Test
	void shouldWriteSalesforceAndNetSuiteShapes() throws IOException {
		// given
		GeneratorOptions options = this.base.withDeals(50);

		// when
		SampleGenerator.generate(options, this.dir);

		// then
		List<String> crm = Files.readAllLines(this.dir.resolve("crm.csv"));
		assertThat(crm.get(0)).isEqualTo("\uFEFFId,IsDeleted,AccountId,Name,StageName,Amount,Probability,CloseDate,"
				+ "IsClosed,IsWon,OwnerId,CurrencyIsoCode,CreatedDate");
		assertThat(crm).hasSize(51);
		assertThat(crm.get(1)).matches("006Ec[0-9A-Za-z]{10}[A-Z0-5]{3},,001Ec[0-9A-Za-z]{13},.*");
		List<String> erp = Files.readAllLines(this.dir.resolve("erp.csv"));
		assertThat(erp.get(0)).isEqualTo(
				"Internal ID,Document Number,Date,Customer Internal ID,Customer,External ID,Currency,Amount,Status,Memo");
		assertThat(erp.get(1)).matches("\\d+,INV\\d+,\\d{1,2}/\\d{1,2}/2026,\\d+,.*");
		assertThat(Files.readAllLines(this.dir.resolve("crosswalk.csv")).get(1)).matches("001Ec\\w{13},\\d+");
	}

	@Test
	void shouldSplitSomeQuickBooksInvoicesIntoLinesThatAddUp() throws IOException {
		// given
		GeneratorOptions options = this.base.withFormats(CrmFormat.HUBSPOT, ErpFormat.QUICKBOOKS)
			.withDeals(500)
			.withCurrencies(List.of("USD"));
		RecordingSink whole = RecordingSink.generate(options);

		// when
		GenerationResult result = SampleGenerator.generate(options, this.dir);

		// then
		List<String[]> lines = Files.readAllLines(this.dir.resolve("erp.csv")).stream().skip(1)
			.map((row) -> row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).toList();
		Map<String, BigDecimal> sums = lines.stream().collect(Collectors.groupingBy((cells) -> cells[0],
				Collectors.reducing(BigDecimal.ZERO, (cells) -> new BigDecimal(cells[10]), BigDecimal::add)));
		assertThat(result.invoiceRows()).isGreaterThan(whole.invoices.size());
		assertThat(sums).hasSize(whole.invoices.size());
		whole.invoices.forEach((invoice) -> assertThat(sums.get(invoice.invoiceId())).isEqualTo(invoice.amount()));
		assertThat(lines).filteredOn((cells) -> !cells[5].isEmpty()).allMatch((cells) -> cells[5].startsWith("CRM:"));
		assertThat(Files.readAllLines(this.dir.resolve("crm.csv")).get(1)).matches("2\\d{10},.*");
	}

}
