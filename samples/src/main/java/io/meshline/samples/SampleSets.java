package io.meshline.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Regenerates the small sample sets committed under {@code samples/} and their README. {@code
 * SampleSetsTests} runs it (see the README for the command). The fault
 * rate is far above the 10% default, and the seeds were picked, so that every kind of fault and
 * both clean look-alikes (installments, 0.01 off) show up in a few dozen deals.
 */
public final class SampleSets {

	/** The day the committed sets are exported. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

	private SampleSets() {
	}

	/** The committed sets by directory name. */
	public static Map<String, GeneratorOptions> definitions() {
		GeneratorOptions base = GeneratorOptions.defaults().withAsOf(AS_OF);
		Map<String, GeneratorOptions> sets = new LinkedHashMap<>();
		sets.put("salesforce-netsuite", base.withFormats(CrmFormat.SALESFORCE, ErpFormat.NETSUITE).withDeals(60)
			.withSeed(20261041L).withFaultRate(0.45));
		sets.put("hubspot-quickbooks", base.withFormats(CrmFormat.HUBSPOT, ErpFormat.QUICKBOOKS).withDeals(60)
			.withSeed(20261036L).withFaultRate(0.45));
		sets.put("generic", base.withFormats(CrmFormat.GENERIC, ErpFormat.GENERIC).withDeals(40).withSeed(20261054L)
			.withFaultRate(0.6));
		return sets;
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of((args.length > 0) ? args[0] : "samples");
		Map<String, GenerationResult> results = new LinkedHashMap<>();
		for (Map.Entry<String, GeneratorOptions> set : definitions().entrySet()) {
			results.put(set.getKey(), SampleGenerator.generate(set.getValue(), root.resolve(set.getKey())));
		}
		SampleReadme.write(root.resolve("README.md"), definitions(), results);
	}

}
