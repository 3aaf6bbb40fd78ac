package io.meshline.jobs.reliability;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.reconcile.CsvRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports written by an attacker, through the real commands: formula cells never reach a CSV we write
 * un-neutralised, ids that look like SQL are stored and written back intact (bind parameters only),
 * and ids that look like paths never become file names.
 */
class HostileInputTests {

	static final String HEADER = "deal_id,account_id,account_name,deal_name,stage,won,amount,currency,close_date,owner";

	static final List<String> HOSTILE_IDS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0",
			"@SUM(1+1)", "-2+3", "x'); DROP TABLE ML_RUN;--", "Robert\"; DELETE FROM ML_FINDING; --",
			"../../../../escape", "..\\..\\escape");

	@TempDir
	static Path root;

	static Path home;

	static CliRun reconcile;

	static long run;

	@BeforeAll
	static void reconcileHostileExports() throws IOException {
		home = root.resolve("home");
		Path crm = root.resolve("data/crm.csv");
		Path erp = root.resolve("data/erp.csv");
		Files.createDirectories(crm.getParent());
		StringBuilder deals = new StringBuilder(HEADER).append('\n');
		for (String id : HOSTILE_IDS) {
			// won and never invoiced: every id comes back as a MISSING_IN_ERP finding and a backfill key;
			// the formula ids carry formulas in their account and names too
			String cells = formula(id) ? ",=1+1,@acct,+name" : ",ACC,Acme,Renewal";
			deals.append(csv(id)).append(cells).append(",Closed Won,true,10.00,USD,2026-10-01,")
				.append(csv("=cmd|' /C calc'!A0"))
				.append('\n');
		}
		deals.append("=BAD,A,B,C,Closed Won,true,=1+2,USD,2026-10-01,o\n"); // rejected: its raw line is a formula
		Files.writeString(crm, deals, StandardCharsets.UTF_8);
		Files.writeString(erp, "invoice_id,document_number,invoice_date,customer_id,customer_name,deal_ref,currency,"
				+ "amount,status\n=INV1,-DOC,2026-10-02,@C1,+Evil Co,=ORPHAN(),USD,5.00,live\n", StandardCharsets.UTF_8);
		reconcile = CliRun.run(home, "reconcile", "--crm", crm.toString(), "--crm-format", "generic-crm", "--erp",
				erp.toString(), "--erp-format", "generic-erp", "--out",
				root.resolve("out").toString(), "--progress", "never");
		assertThat(reconcile.exitCode()).as(reconcile.err()).isZero();
		run = Long.parseLong(reconcile.out().replaceAll("(?s).*Run (\\d+) completed.*", "$1"));
	}

	@Test
	void shouldNeutraliseEveryFormulaInEveryCsvWeWrite() throws IOException {
		// given the risk tables and a backfill plan of the same run
		assertThat(CliRun.run(home, "report", "risk", "--run", Long.toString(run), "--out",
				root.resolve("risk").toString()).exitCode()).isZero();
		assertThat(CliRun.run(home, "backfill", "--from", Long.toString(run), "--target", "netsuite-csv", "--dry-run",
				"--out", root.resolve("plan").toString()).exitCode()).isZero();

		// when
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter((f) -> f.toString().endsWith(".csv") && !f.startsWith(root.resolve("data"))).toList();
		}

		// then
		assertThat(files).extracting((f) -> f.getFileName().toString())
			.contains("discrepancies.csv", "rejects.csv", "risk-deals.csv", "risk-by-owner.csv", "plan.csv");
		for (Path file : files) {
			for (String cell : cells(file)) {
				assertThat(cell).as("a cell of " + file.getFileName())
					.satisfiesAnyOf((c) -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+")
						.doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"),
							(c) -> assertThat(c).matches("[+-]?\\d+(\\.\\d+)?"));
			}
		}
		assertThat(Files.readString(root.resolve("out/discrepancies.csv"))).contains("'=HYPERLINK(", "'+cmd|",
				"'@SUM(1+1)", "'=ORPHAN()");
		assertThat(Files.readString(root.resolve("out/rejects.csv"))).contains("'=BAD,A,B,C");
		// an import file cannot neutralise a cell without changing what the ERP imports: those invoices are left out
		assertThat(CsvRows.read(root.resolve("plan/plan.csv")))
			.filteredOn((row) -> row.get("reason").contains("would run as a formula when the import file is opened"))
			.extracting((row) -> row.get("key"))
			.containsExactlyInAnyOrderElementsOf(HOSTILE_IDS.stream().filter(HostileInputTests::formula).map((id) -> "'" + id).toList());
	}

	@Test
	void shouldKeepIdsThatLookLikeSqlIntactAndTheTablesStanding() throws IOException {
		// when
		List<String> missing = CsvRows.read(root.resolve("out/discrepancies.csv"))
			.stream()
			.filter((row) -> row.get("finding").equals("MISSING_IN_ERP"))
			.map((row) -> row.get("crm_id"))
			.toList();
		CliRun jobs = CliRun.run(home, "jobs", "list");

		// then every id came back as written (after the neutralising quote), and ML_RUN still answers
		assertThat(missing).containsExactlyElementsOf(
				HOSTILE_IDS.stream().map((id) -> formula(id) ? "'" + id : id).toList());
		assertThat(jobs.exitCode()).as(jobs.err()).isZero();
		assertThat(jobs.out()).contains("reconcileJob");
	}

	@Test
	void shouldNeverTurnAnIdIntoAFileName() throws IOException {
		// given
		Path out = root.resolve("paths/bf");
		List<Path> before = files(root);

		// when a backfill stages and promotes every hostile id an import file can carry
		CliRun backfill = CliRun.run(home, "backfill", "--from", Long.toString(run), "--target", "netsuite-csv",
				"--out", out.toString());
		long batch = Long.parseLong(backfill.out().replaceAll("(?s).*Batch (\\d+) from.*", "$1"));
		CliRun promote = CliRun.run(home, "promote", "--batch", Long.toString(batch));

		// then only the batch's own files appeared, all inside its folder
		assertThat(promote.exitCode()).as(promote.err()).isZero();
		List<Path> created = new ArrayList<>(files(root));
		created.removeAll(before);
		assertThat(created).filteredOn((f) -> !f.startsWith(home))
			.extracting((f) -> out.relativize(f).toString())
			.containsExactlyInAnyOrder("plan.csv", "staged-" + batch + ".csv", "netsuite-csv-import.csv");
		assertThat(Files.exists(root.resolve("escape"))).isFalse();
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

	private static List<String> cells(Path file) throws IOException {
		List<String> cells = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
			for (CSVRecord record : parser) {
				record.forEach(cells::add);
			}
		}
		return cells;
	}

	private static boolean formula(String id) {
		return "=+-@".indexOf(id.charAt(0)) >= 0;
	}

	private static String csv(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
