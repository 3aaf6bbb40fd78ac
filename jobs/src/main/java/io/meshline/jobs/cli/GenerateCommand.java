package io.meshline.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.meshline.samples.CrmFormat;
import io.meshline.samples.ErpFormat;
import io.meshline.samples.GenerationResult;
import io.meshline.samples.GeneratorOptions;
import io.meshline.samples.SampleGenerator;

/** {@code meshline generate}: sample and benchmark sets with planted findings. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Generate a CRM export and an ERP export with planted findings, a crosswalk and planted.csv",
				"(the findings a correct reconciliation must report). Streams: 1M deals need little memory." })
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--deals", required = true, paramLabel = "N", description = "How many CRM deals.")
	long deals;

	@Option(names = "--crm-format", defaultValue = "salesforce", paramLabel = "NAME",
			description = "salesforce, hubspot or generic-crm (default: ${DEFAULT-VALUE}).")
	String crmFormat;

	@Option(names = "--erp-format", defaultValue = "netsuite", paramLabel = "NAME",
			description = "netsuite, quickbooks or generic-erp (default: ${DEFAULT-VALUE}).")
	String erpFormat;

	@Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed writes the same bytes.")
	long seed;

	@Option(names = "--fault-rate", defaultValue = "0.10", paramLabel = "RATE",
			description = "Share of won deals given a planted fault (default: ${DEFAULT-VALUE}).")
	double faultRate;

	@Option(names = "--currencies", defaultValue = "USD,EUR,GBP,JPY", split = ",", paramLabel = "CODE",
			description = "Deal currencies (default: ${DEFAULT-VALUE}).")
	List<String> currencies;

	@Option(names = "--as-of", paramLabel = "DATE", description = "Close dates fall in the 120 days before it (default: today).")
	LocalDate asOf;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write crm.csv, erp.csv, "
			+ "crosswalk.csv and planted.csv to.")
	Path out;

	@Override
	public Integer call() throws Exception {
		GeneratorOptions options;
		try {
			options = GeneratorOptions.defaults()
				.withFormats(crm(this.crmFormat), erp(this.erpFormat))
				.withDeals(this.deals)
				.withSeed(this.seed)
				.withFaultRate(this.faultRate)
				.withCurrencies(this.currencies)
				.withAsOf((this.asOf != null) ? this.asOf : LocalDate.now());
		}
		catch (IllegalArgumentException ex) {
			throw MeshlineExit.usage(ex.getMessage());
		}
		GenerationResult result = SampleGenerator.generate(options, this.out);
		System.out.printf("Generated %,d deals and %,d ERP rows in %s%n", result.deals(), result.invoiceRows(),
				this.out.toAbsolutePath());
		System.out.printf("  planted findings (planted.csv): %,d %s%n", result.plantedTotal(), result.plantedFindings());
		System.out.println("  revenue at risk planted: " + result.atRisk());
		System.out.println("  over-billing planted: " + result.overBilled());
		return ExitCodes.COMPLETED;
	}

	private static CrmFormat crm(String name) {
		try {
			return CrmFormat.fromContract(name);
		}
		catch (IllegalArgumentException ex) {
			throw MeshlineExit.usage("--crm-format: " + ex.getMessage());
		}
	}

	private static ErpFormat erp(String name) {
		try {
			return ErpFormat.fromContract(name);
		}
		catch (IllegalArgumentException ex) {
			throw MeshlineExit.usage("--erp-format: " + ex.getMessage());
		}
	}

}
