package io.meshline.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates a sample set: a CRM export, an ERP file, a crosswalk and {@code planted.csv}, the
 * list of findings a correct reconciliation must report. Generation is seeded (equal options give
 * byte-identical files) and streams: every file is written in one pass, so a million deals take
 * no more memory than ten. Stateless and thread-safe; concurrent calls must use different
 * directories.
 */
public final class SampleGenerator {

	private SampleGenerator() {
	}

	/**
	 * Writes {@code crm.csv}, {@code erp.csv}, {@code crosswalk.csv} and {@code planted.csv} to
	 * {@code outDir}, creating it if needed and replacing those files.
	 * @param options what to generate; never {@code null}
	 * @param outDir the directory to write to; never {@code null}
	 * @return the files written and what was planted
	 * @throws IOException when a file cannot be written
	 */
	public static GenerationResult generate(GeneratorOptions options, Path outDir) throws IOException {
		Files.createDirectories(outDir);
		GenerationRun run;
		long invoiceRows;
		try (SampleFiles files = new SampleFiles(options, outDir)) {
			run = new GenerationRun(options, files);
			run.run();
			invoiceRows = files.invoiceRows();
		}
		return new GenerationResult(SampleFiles.NAMES.stream().map(outDir::resolve).toList(), options.deals(),
				invoiceRows, run.plantedCounts(), run.installmentDeals(), run.toleranceDeals(), run.atRisk().asMap(),
				run.overBilled().asMap());
	}

}
