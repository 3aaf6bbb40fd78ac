package io.meshline.jobs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import picocli.CommandLine;

import io.meshline.jobs.support.TestDatabase;

/**
 * Runs the real command line in this JVM against a data directory of the test's, capturing what it
 * prints, on the database {@link TestDatabase} gives that directory. Commands print through picocli's writers and through System.out/err, so both are caught.
 */
public record CliRun(int exitCode, String out, String err) {

	public static synchronized CliRun run(Path home, String... args) {
		String before = System.getProperty("meshline.home");
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		StringWriter outText = new StringWriter();
		StringWriter errText = new StringWriter();
		System.setProperty("meshline.home", home.toString());
		Runnable restoreDatabase = TestDatabase.select(home);
		System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		try {
			CommandLine commandLine = MeshlineCli.commandLine();
			commandLine.setOut(new PrintWriter(outText, true));
			commandLine.setErr(new PrintWriter(errText, true));
			int code = commandLine.execute(args);
			return new CliRun(code, outText + outBytes.toString(StandardCharsets.UTF_8),
					errText + errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			restoreDatabase.run();
			System.setOut(stdout);
			System.setErr(stderr);
			if (before == null) {
				System.clearProperty("meshline.home");
			}
			else {
				System.setProperty("meshline.home", before);
			}
		}
	}

}
