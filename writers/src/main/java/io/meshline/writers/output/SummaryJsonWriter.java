package io.meshline.writers.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import io.meshline.writers.output.RunSummary.InputSummary;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link RunSummary} as pretty-printed {@code summary.json}. The tree is built by hand so
 * the key order is part of the contract rather than an accident of reflection; amounts are
 * strings so no reader turns them into floating point. Stateless and thread-safe.
 */
public final class SummaryJsonWriter {

	private final JsonMapper mapper = JsonMapper.builder().build();

	// A fixed "\n" indenter, so the file is byte-identical on every platform.
	private final ObjectWriter writer = this.mapper
		.writer()
		.with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

	/** Writes {@code summary} to {@code file}, replacing it. */
	public void write(RunSummary summary, Path file) throws IOException {
		// The summary is small; rendering it first keeps the file whole when rendering fails.
		Files.writeString(file, this.writer.writeValueAsString(toTree(summary)) + "\n", StandardCharsets.UTF_8);
	}

	/** The summary as a JSON tree, keys in their documented order. */
	public ObjectNode toTree(RunSummary summary) {
		ObjectNode root = this.mapper.createObjectNode();
		root.put("run_id", summary.runId());
		root.put("started", summary.started().toString());
		root.put("finished", iso(summary.finished()));
		root.put("status", summary.status());
		ObjectNode parameters = root.putObject("parameters");
		summary.parameters().forEach(parameters::put);
		ObjectNode inputs = root.putObject("inputs");
		input(inputs, "crm", summary.crm());
		input(inputs, "erp", summary.erp());
		ObjectNode findings = root.putObject("findings");
		summary.findings().forEach((type, count) -> findings.put(type.name(), count));
		root.put("matched_deals", summary.matchedDeals());
		root.put("deals_in_scope", summary.dealsInScope());
		money(root.putObject("revenue_at_risk"), summary.revenueAtRisk());
		money(root.putObject("over_billed"), summary.overBilled());
		return root;
	}

	private static void input(ObjectNode inputs, String name, InputSummary input) {
		if (input == null) {
			inputs.putNull(name);
			return;
		}
		ObjectNode node = inputs.putObject(name);
		node.put("path", input.path());
		node.put("contract", input.contract());
		node.put("sha256", input.sha256());
		node.put("rows_read", input.rowsRead());
		node.put("accepted", input.accepted());
		node.put("rejected", input.rejected());
		node.put("recoded_lines", input.recodedLines());
	}

	private static void money(ObjectNode node, Map<String, BigDecimal> totals) {
		totals.forEach((currency, amount) -> node.put(currency, amount.toPlainString()));
	}

	private static String iso(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
