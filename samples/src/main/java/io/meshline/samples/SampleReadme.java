package io.meshline.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import io.meshline.core.reconcile.FindingType;

/**
 * Writes {@code samples/README.md} from the generation results, so the counts and totals it
 * lists cannot drift from the files beside it. Stateless and thread-safe.
 */
final class SampleReadme {

	private SampleReadme() {
	}

	static void write(Path file, Map<String, GeneratorOptions> options, Map<String, GenerationResult> results)
			throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Sample sets\n\n")
			.append("Small CRM/ERP export pairs with planted discrepancies, made by `SampleGenerator`. Each folder ")
			.append("holds `crm.csv`, `erp.csv`, `crosswalk.csv` (`crm_account_id,erp_customer_id`) and ")
			.append("`planted.csv`, the answer key: `finding,crm_id,erp_ids,currency,at_risk,over_billed`, one row ")
			.append("per finding a correct reconciliation must report, and nothing else.\n\n")
			.append("Each faulty deal carries exactly one fault. Correct deals are invoiced 0-20 days after close in ")
			.append("their currency to the right customer; some in 2-3 installments that add up exactly, some 0.01 ")
			.append("off (within tolerance). Those must give no finding. Orphans are extra invoices with no or an ")
			.append("unknown deal reference. The fault rate is far above the 10% default, and the seeds were ")
			.append("picked, so every kind of fault and both look-alikes show up.\n\n")
			.append("This file is generated; do not edit it by hand.\n");
		for (Map.Entry<String, GenerationResult> entry : results.entrySet()) {
			set(md, entry.getKey(), options.get(entry.getKey()), entry.getValue());
		}
		md.append("\n## Regenerating\n\n")
			.append("From the repository root; the sets and this README are rewritten by `SampleSets`, whose ")
			.append("`definitions()` hold each set's formats, deal count, seed, fault rate and as-of date:\n\n")
			.append("```\nmvn -q -B -pl core,writers,samples -am verify -Dmeshline.samples.regenerate=true\n```\n\n")
			.append("Without the property, `SampleSetsTests` fails when the committed files differ from what the ")
			.append("generator makes. Larger sets come from ")
			.append("`SampleGenerator.generate(GeneratorOptions, Path)`; it streams, so a million deals need no ")
			.append("more memory than sixty.\n");
		Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
	}

	private static void set(StringBuilder md, String name, GeneratorOptions options, GenerationResult result) {
		md.append("\n## `").append(name).append("/`\n\n")
			.append("- formats: ").append(options.crmFormat().contract()).append(" / ")
			.append(options.erpFormat().contract()).append('\n')
			.append("- deals: ").append(result.deals()).append(", ERP rows: ").append(result.invoiceRows())
			.append(", seed ").append(options.seed()).append(", fault rate ").append(options.faultRate())
			.append(" of won deals, as of ").append(options.asOf()).append('\n')
			.append("- clean look-alikes, no finding expected: installments ").append(result.installmentDeals())
			.append(", 0.01 off ").append(result.toleranceDeals()).append('\n')
			.append("- planted findings:\n\n")
			.append("| finding | planted | faults |\n|---|---:|---|\n");
		for (FindingType type : FindingType.values()) {
			if (!type.comparesRecords()) {
				continue;
			}
			String faults = result.planted().entrySet().stream()
				.filter((e) -> e.getKey().findingType() == type && e.getValue() > 0)
				.map((e) -> e.getKey().name().toLowerCase() + " " + e.getValue())
				.collect(Collectors.joining(", "));
			md.append("| ").append(type).append(" | ").append(result.plantedFindings().get(type)).append(" | ")
				.append(faults).append(" |\n");
		}
		md.append("| **total** | ").append(result.plantedTotal()).append(" | |\n\n")
			.append("- revenue at risk: ").append(money(result.atRisk())).append('\n')
			.append("- over-billed: ").append(money(result.overBilled())).append('\n');
	}

	private static String money(Map<String, BigDecimal> totals) {
		if (totals.isEmpty()) {
			return "none";
		}
		return totals.entrySet().stream().map((e) -> e.getValue().toPlainString() + " " + e.getKey())
			.collect(Collectors.joining(", "));
	}

}
