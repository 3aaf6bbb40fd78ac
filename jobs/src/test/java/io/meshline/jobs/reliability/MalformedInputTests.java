package io.meshline.jobs.reliability;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.reconcile.CsvRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the malformed-input corpus ({@code samples/malformed/cases.csv}) through the real
 * reconcile command: the exit code and the rejected rows or the message the manifest documents, no
 * stack trace, and {@code rows_read = accepted + rejected} in summary.json. The two large cases are
 * generated here rather than committed.
 */
class MalformedInputTests {

	static final Path CORPUS = Path.of("..", "samples", "malformed").toAbsolutePath().normalize();

	@TempDir
	static Path home;

	@TempDir
	static Path generated;

	@TempDir
	Path out;

	record Case(String name, String side, int exit, Long rowsRead, Long rejected, String line, String column,
			String message) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(CORPUS.resolve("cases.csv"));
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord r : parser) {
				cases.add(new Case(r.get("case"), r.get("side"), Integer.parseInt(r.get("exit")), number(r.get("rows_read")),
						number(r.get("rejected")), r.get("line"), r.get("column"), r.get("message")));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldRejectTheRowOrStopWithTheDocumentedMessage(Case c) throws IOException {
		// given
		Path file = file(c.name());
		Path crm = c.side().equals("crm") ? file : CORPUS.resolve("base-crm.csv");
		Path erp = c.side().equals("erp") ? file : CORPUS.resolve("base-erp.csv");

		// when
		CliRun run = CliRun.run(home, "reconcile", "--crm", crm.toString(), "--crm-format", "generic-crm", "--erp",
				erp.toString(), "--erp-format", "generic-erp", "--out", this.out.toString(), "--progress", "never");

		// then
		assertThat(run.exitCode()).as(run.err()).isEqualTo(c.exit());
		assertThat(run.out() + run.err()).as("no stack trace")
			.doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
			.doesNotContain("Exception");
		if (c.exit() == 2) {
			assertThat(run.err()).contains(file.getFileName().toString(), c.message());
			return;
		}
		JsonNode input = JsonMapper.builder().build().readTree(this.out.resolve("summary.json").toFile())
			.path("inputs")
			.path(c.side());
		long rowsRead = input.path("rows_read").asLong();
		assertThat(rowsRead).isEqualTo(input.path("accepted").asLong() + input.path("rejected").asLong())
			.isEqualTo(c.rowsRead());
		assertThat(input.path("rejected").asLong()).isEqualTo(c.rejected());
		if (c.rejected() > 0) {
			Map<String, String> first = CsvRows.read(this.out.resolve("rejects.csv"))
				.stream()
				.filter((row) -> row.get("file").equals(file.toString()))
				.findFirst()
				.orElseThrow();
			assertThat(first.get("line")).isEqualTo(c.line());
			assertThat(first.get("column")).isEqualTo(c.column());
			assertThat(first.get("reason")).contains(c.message());
		}
	}

	/** The committed case file, or one of the two large cases written now. */
	private static Path file(String name) throws IOException {
		Path committed = CORPUS.resolve(name + ".csv");
		if (Files.exists(committed)) {
			return committed;
		}
		Path file = generated.resolve(name + ".csv");
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(Files.readString(CORPUS.resolve("base-crm.csv")).lines().findFirst().orElseThrow() + "\n");
			writer.write("D1,A1,Acme,Deal 1,Closed Won,true,100.00,USD,2026-10-01,ann\n");
			switch (name) {
				case "ten-mb-field" -> writer.write("D2,A2,Acme,\"" + "x".repeat(10 * 1024 * 1024)
						+ "\",Closed Won,true,250.50,USD,2026-10-01,ann\n");
				case "very-long-line" -> writer.write("D2" + ",abcdefghij".repeat(200_000) + "\n");
				default -> throw new IllegalArgumentException("No case file " + committed);
			}
			writer.write("D3,A3,Acme,Deal 3,Closed Won,true,99.99,EUR,2026-10-01,ann\n");
		}
		return file;
	}

	private static Long number(String text) {
		return text.isEmpty() ? null : Long.valueOf(text);
	}

}
