package io.meshline.jobs.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.MeshlineApplication;
import io.meshline.jobs.reconcile.SampleSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code MESHLINE_DB_PASSWORD} never reaches what Meshline prints or logs: not when the database
 * refuses the connection, not on a completed run and its {@code jobs show}.
 */
class DatabasePasswordTests {

	static final String PASSWORD = "pw-Zq81-never-print-me";

	static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	@TempDir
	Path home;

	@TempDir
	Path outputs;

	@Test
	void shouldNotPrintOrLogThePasswordWhenTheDatabaseIsUnreachable() throws Exception {
		// when
		Result result = run("jdbc:postgresql://127.0.0.1:1/meshline?connectTimeout=2",
				SampleSet.GENERIC.reconcileArgs(this.home.resolve("out")));

		// then
		assertThat(result.code()).isNotZero();
		assertThat(result.output()).isNotBlank().doesNotContain(PASSWORD);
		assertThat(logs()).doesNotContain(PASSWORD);
	}

	@Test
	void shouldNotPrintOrLogThePasswordOfACompletedPostgresqlRun() throws Exception {
		// given a PostgreSQL that answers (trust authentication ignores the password)
		assumeTrue(postgresAnswers(), "PostgreSQL does not answer at " + POSTGRES + "; skipped.");
		String schema = "meshline_pw_" + System.nanoTime();
		try (var connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
			connection.createStatement().execute("CREATE SCHEMA " + schema);
		}
		String url = POSTGRES + "?currentSchema=" + schema;

		// when
		Result reconcile = run(url, SampleSet.GENERIC.reconcileArgs(this.home.resolve("out")));
		Result show = run(url, "jobs", "list");

		// then
		assertThat(reconcile.code()).as(reconcile.output()).isZero();
		assertThat(reconcile.output() + show.output()).contains("reconcileJob").doesNotContain(PASSWORD);
		assertThat(logs()).doesNotContain(PASSWORD);
	}

	private Result run(String url, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Dmeshline.home=" + this.home,
				MeshlineApplication.class.getName()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile(this.outputs, "out", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("MESHLINE_DB_URL", url);
		builder.environment().put("MESHLINE_DB_USER", "postgres");
		builder.environment().put("MESHLINE_DB_PASSWORD", PASSWORD);
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), Files.readString(output));
	}

	private String logs() throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.walk(this.home)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".log")).toList()) {
				text.append(Files.readString(file));
			}
		}
		return text.toString();
	}

	private static boolean postgresAnswers() {
		try (var connection = DriverManager.getConnection(POSTGRES + "?connectTimeout=2", "postgres", "")) {
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	record Result(int code, String output) {
	}

}
