package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.MeshlineApplication;
import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A backfill in a child JVM killed with {@code SIGKILL} in the middle of staging, then the same
 * command: it recovers the execution the dead process left {@code STARTED}, resumes, and the
 * published import holds every planned key exactly once.
 */
class BackfillKillTests {

	@TempDir
	Path root;

	@Test
	void shouldPublishEveryKeyOnceAfterTheBackfillProcessIsKilled() throws Exception {
		// given
		BackfillFixture fixture = BackfillFixture.reconciled(this.root, 800);
		Path out = this.root.resolve("b");
		String[] backfill = { "backfill", "--from", Long.toString(fixture.run), "--target", "netsuite-csv",
				"--chunk", "2", "--out", out.toString() };

		// when killed after at least 20 records were staged
		Process child = start(fixture.home, backfill);
		int stagedAtKill = waitForStagedRows(child, out, 20);
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		CliRun resumed = fixture.cli(backfill);

		// then
		assertThat(resumed.err()).contains("was left STARTED by a process that stopped without finishing it; "
				+ "marking it FAILED so it can resume.", "Resuming batch ");
		long batch = BackfillFixture.batchOf(resumed);
		List<String> planned = BackfillFixture.keys(out.resolve("plan.csv"), "write");
		assertThat(planned).hasSizeGreaterThan(stagedAtKill);
		assertThat(fixture.cli("promote", "--batch", Long.toString(batch)).exitCode()).isZero();
		assertThat(fixture.cli("verify", "--batch", Long.toString(batch)).exitCode()).isZero();
		List<String> published = BackfillFixture.csv(out.resolve("netsuite-csv-import.csv"))
			.stream()
			.map((row) -> row.get("External ID"))
			.toList();
		assertThat(published).containsExactlyElementsOf(planned);
	}

	private Process start(Path home, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path")));
		command.addAll(TestDatabase.jvmOptions(home));
		command.add(MeshlineApplication.class.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.root.resolve("child.log").toFile())
			.start();
	}

	/** Waits until the staged file has {@code rows} data rows; fails if the child ends first. */
	private int waitForStagedRows(Process child, Path out, int rows) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (!child.isAlive()) {
				fail("The backfill ended (exit " + child.exitValue() + ") before it could be killed: "
						+ Files.readString(this.root.resolve("child.log")));
			}
			Path staged = stagedFile(out);
			if (staged != null) {
				int lines = lines(staged);
				if (lines - 1 >= rows) {
					return lines - 1;
				}
			}
			Thread.sleep(5);
		}
		throw new AssertionError("No " + rows + " staged rows within 60 s.");
	}

	private static Path stagedFile(Path out) throws IOException {
		if (!Files.isDirectory(out)) {
			return null;
		}
		try (Stream<Path> files = Files.list(out)) {
			return files.filter((f) -> f.getFileName().toString().startsWith("staged-")).findFirst().orElse(null);
		}
	}

	private static int lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return (int) lines.count();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 0;
		}
	}

}
