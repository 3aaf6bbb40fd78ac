package io.meshline.jobs.backfill;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.support.TestDatabase;
import io.meshline.samples.GeneratorOptions;
import io.meshline.samples.PlantedFault;
import io.meshline.samples.SampleGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated set with many missing invoices, reconciled once in a data directory of the tests. */
final class BackfillFixture {

	static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

	final Path home;

	final Path data;

	final long run;

	private BackfillFixture(Path home, Path data, long run) {
		this.home = home;
		this.data = data;
		this.run = run;
	}

	/** Generates 300 deals, about a quarter of them won and never invoiced, and reconciles them. */
	static BackfillFixture reconciled(Path root) throws IOException {
		return reconciled(root, 300);
	}

	/** Generates {@code deals} deals, about a quarter of them won and never invoiced, and reconciles them. */
	static BackfillFixture reconciled(Path root, int deals) throws IOException {
		return reconciled(root, GeneratorOptions.defaults()
			.withDeals(deals)
			.withFaultRate(0.4)
			.withFaultMix(Map.of(PlantedFault.MISSING, 1))
			.withAsOf(AS_OF));
	}

	/** Generates {@code deals} deals with every kind of planted fault, not only missing invoices. */
	static BackfillFixture reconciledWithEveryFault(Path root, int deals) throws IOException {
		return reconciled(root, GeneratorOptions.defaults().withDeals(deals).withFaultRate(0.4).withAsOf(AS_OF));
	}

	private static BackfillFixture reconciled(Path root, GeneratorOptions options) throws IOException {
		Path data = root.resolve("data");
		SampleGenerator.generate(options, data);
		Path home = root.resolve("home");
		CliRun reconcile = CliRun.run(home, "reconcile", "--crm", data.resolve("crm.csv").toString(), "--crm-format",
				"salesforce", "--erp", data.resolve("erp.csv").toString(), "--erp-format", "netsuite", "--crosswalk",
				data.resolve("crosswalk.csv").toString(), "--out", root.resolve("reconcile").toString(), "--progress",
				"never");
		assertThat(reconcile.exitCode()).as(reconcile.err()).isZero();
		long run = Long.parseLong(reconcile.out().replaceAll("(?s).*Run (\\d+) completed.*", "$1"));
		return new BackfillFixture(home, data, run);
	}

	CliRun cli(String... args) {
		return CliRun.run(this.home, args);
	}

	/** The batch id a backfill printed. */
	static long batchOf(CliRun run) {
		assertThat(run.exitCode()).as(run.err()).isZero();
		return Long.parseLong(run.out().replaceAll("(?s).*Batch (\\d+) from.*", "$1"));
	}

	/** Runs SQL against the data directory's database while no command holds it. */
	<T> T sql(java.util.function.Function<JdbcTemplate, T> work) {
		return TestDatabase.sql(this.home, work);
	}

	static <T> T onDatabase(String url, String user, java.util.function.Function<JdbcTemplate, T> work) {
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			return work.apply(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Map<String, String>> csv(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord record : parser) {
				rows.add(new LinkedHashMap<>(record.toMap()));
			}
		}
		return rows;
	}

	static List<String> keys(Path planCsv, String action) throws IOException {
		return csv(planCsv).stream().filter((r) -> action.equals(r.get("action"))).map((r) -> r.get("key")).toList();
	}

}
