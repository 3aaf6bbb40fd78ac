package io.meshline.jobs.reliability;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.meshline.jobs.cli.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconcile reads its exports in chunks on several threads: cut into chunks of a single record
 * each, as small as they get, every output must be byte for byte what 1 MiB chunks (one chunk for
 * these files) give, rejections with their lines and columns included, and every failure the same.
 * Every run has a data directory of its own, so that drift findings, which compare a run with the
 * runs before it, compare alike.
 */
class ChunkedReadTests {

	static final Path CORPUS = Path.of("..", "samples", "malformed").toAbsolutePath().normalize();

	@TempDir
	static Path home;

	@TempDir
	Path out;

	/** The committed cases of the malformed-input corpus (the two large ones are written by their test). */
	static Stream<String> cases() throws IOException {
		List<String> cases = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(CORPUS.resolve("cases.csv"));
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord r : parser) {
				if (Files.exists(CORPUS.resolve(r.get("case") + ".csv"))) {
					cases.add(r.get("case") + ":" + r.get("side"));
				}
			}
		}
		assertThat(cases).hasSizeGreaterThan(30);
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldReadEveryMalformedCaseAlikeInOneChunkAndInAChunkPerRecord(String nameAndSide) throws IOException {
		// given
		String[] parts = nameAndSide.split(":");
		Path file = CORPUS.resolve(parts[0] + ".csv");
		Path crm = parts[1].equals("crm") ? file : CORPUS.resolve("base-crm.csv");
		Path erp = parts[1].equals("erp") ? file : CORPUS.resolve("base-erp.csv");
		// when
		CliRun whole = reconcile(crm, erp, this.out.resolve("whole"), null);
		CliRun chunked = reconcile(crm, erp, this.out.resolve("chunked"), "1");
		// then
		assertSameRun(whole, chunked);
	}

	@Test
	void shouldReadQuotedLineBreaksAlikeInOneChunkAndInSmallOnes() throws IOException {
		// given: a generated set whose CRM export quotes every field, in CRLF, with line breaks in some names
		Path data = this.out.resolve("data");
		CliRun generate = CliRun.run(home, "generate", "--deals", "400", "--seed", "17", "--fault-rate", "0.3",
				"--crm-format", "generic-crm", "--erp-format", "generic-erp", "--as-of", "2026-10-31", "--out",
				data.toString());
		assertThat(generate.exitCode()).as(generate.err()).isZero();
		Path crm = data.resolve("crm-quoted.csv");
		int multiLine = quoteEveryField(data.resolve("crm.csv"), crm);
		assertThat(multiLine).isGreaterThan(50);
		// when
		CliRun whole = reconcile(crm, data.resolve("erp.csv"), this.out.resolve("whole"), null);
		List<CliRun> chunked = new ArrayList<>();
		for (String chunkBytes : List.of("1", "97", "1000")) {
			chunked.add(reconcile(crm, data.resolve("erp.csv"), this.out.resolve("chunked-" + chunkBytes), chunkBytes));
		}
		// then
		assertThat(whole.exitCode()).as(whole.err()).isZero();
		assertThat(Files.readString(this.out.resolve("whole/discrepancies.csv")).lines().count()).isGreaterThan(20);
		for (int i = 0; i < chunked.size(); i++) {
			assertSameRun(whole, chunked.get(i), this.out.resolve("whole"),
					this.out.resolve("chunked-" + List.of("1", "97", "1000").get(i)));
		}
	}

	/** Rewrites a CRM export quoting every field, ending rows in CRLF, with a line break in every fifth deal name. */
	private static int quoteEveryField(Path from, Path to) throws IOException {
		int multiLine = 0;
		try (Reader reader = Files.newBufferedReader(from, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180);
				Writer writer = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer,
						CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get())) {
			int row = 0;
			int nameColumn = -1;
			for (CSVRecord r : parser) {
				List<String> values = new ArrayList<>(r.toList());
				if (row == 0) {
					nameColumn = values.indexOf("deal_name");
				}
				else if (row % 5 == 0) {
					values.set(nameColumn, values.get(nameColumn) + "\n\"second\" line,\r\nthird");
					multiLine++;
				}
				printer.printRecord(values);
				row++;
			}
		}
		return multiLine;
	}

	private void assertSameRun(CliRun whole, CliRun chunked) throws IOException {
		assertSameRun(whole, chunked, this.out.resolve("whole"), this.out.resolve("chunked"));
	}

	private static void assertSameRun(CliRun whole, CliRun chunked, Path wholeOut, Path chunkedOut)
			throws IOException {
		assertThat(chunked.exitCode()).as(chunked.err()).isEqualTo(whole.exitCode());
		if (whole.exitCode() != 0) {
			assertThat(chunked.err()).isEqualTo(whole.err());
			return;
		}
		for (String file : List.of("discrepancies.csv", "rejects.csv")) {
			assertThat(Files.readString(chunkedOut.resolve(file), StandardCharsets.UTF_8)).as(file)
				.isEqualTo(Files.readString(wholeOut.resolve(file), StandardCharsets.UTF_8));
		}
		JsonNode wholeSummary = JsonMapper.builder().build().readTree(wholeOut.resolve("summary.json").toFile());
		JsonNode chunkedSummary = JsonMapper.builder().build().readTree(chunkedOut.resolve("summary.json").toFile());
		assertThat(chunkedSummary.path("inputs")).isEqualTo(wholeSummary.path("inputs"));
		assertThat(chunkedSummary.path("matched_deals")).isEqualTo(wholeSummary.path("matched_deals"));
	}

	/** Each run in a data directory of its own, so no run's drift bands depend on another's. */
	private static CliRun reconcile(Path crm, Path erp, Path results, String chunkBytes) {
		Path runHome = results.resolveSibling(results.getFileName() + "-home");
		if (chunkBytes != null) {
			System.setProperty("meshline.reconcile.chunk-bytes", chunkBytes);
		}
		try {
			return CliRun.run(runHome, "reconcile", "--crm", crm.toString(), "--crm-format", "generic-crm", "--erp",
					erp.toString(), "--erp-format", "generic-erp", "--out", results.toString(), "--progress", "never");
		}
		finally {
			System.clearProperty("meshline.reconcile.chunk-bytes");
		}
	}

}
