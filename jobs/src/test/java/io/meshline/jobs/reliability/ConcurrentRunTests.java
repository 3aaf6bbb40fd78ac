package io.meshline.jobs.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.jobs.MeshlineApplication;
import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.support.TestDatabase;
import io.meshline.samples.GeneratorOptions;
import io.meshline.samples.SampleGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes on one data directory: while a reconcile runs in a child JVM, a second command exits
 * 4 saying which process holds the directory, and the first run completes untouched.
 */
class ConcurrentRunTests {

	@TempDir
	Path root;

	@Test
	void shouldExit4ForASecondRunWhileTheFirstCompletesUntouched() throws Exception {
		// given a reconcile running in another process
		Path data = this.root.resolve("data");
		SampleGenerator.generate(GeneratorOptions.defaults().withDeals(5_000), data);
		Path home = this.root.resolve("home");
		String[] reconcile = { "reconcile", "--crm", data.resolve("crm.csv").toString(), "--crm-format", "salesforce",
				"--erp", data.resolve("erp.csv").toString(), "--erp-format", "netsuite", "--progress", "never", "--out" };
		Process first = start(home, this.root.resolve("first"), reconcile);
		waitForLockHolder(home, first);

		// when
		CliRun second = CliRun.run(home, append(reconcile, this.root.resolve("second").toString()));

		// then
		assertThat(second.exitCode()).isEqualTo(4);
		assertThat(second.err()).contains("Another Meshline run holds the data directory " + home,
				"(process " + first.pid() + ")", "Wait for it to finish, or set MESHLINE_HOME to another directory.");
		assertThat(this.root.resolve("second")).doesNotExist();
		assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).as(Files.readString(this.root.resolve("first.log"))).isZero();
		assertThat(this.root.resolve("first/summary.json")).exists();
		CliRun after = CliRun.run(home, append(reconcile, this.root.resolve("third").toString()));
		assertThat(after.exitCode()).as(after.err()).isZero();
		assertThat(Files.readString(this.root.resolve("third/discrepancies.csv")))
			.isEqualTo(Files.readString(this.root.resolve("first/discrepancies.csv")));
	}

	private Process start(Path home, Path out, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path")));
		command.addAll(TestDatabase.jvmOptions(home));
		command.add(MeshlineApplication.class.getName());
		command.addAll(List.of(append(args, out.toString())));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.root.resolve("first.log").toFile())
			.start();
	}

	/** Waits until the child has written its process id into the lock file. */
	private static void waitForLockHolder(Path home, Process child) throws Exception {
		Path lock = home.resolve("meshline.lock");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline && child.isAlive()) {
			if (Files.exists(lock) && Files.readString(lock).equals("process " + child.pid())) {
				return;
			}
			Thread.sleep(5);
		}
		throw new AssertionError("The first run never took the lock (alive: " + child.isAlive() + ")");
	}

	private static String[] append(String[] args, String last) {
		String[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = last;
		return all;
	}

}
