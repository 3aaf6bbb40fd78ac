package io.meshline.jobs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;

/** Builds the command line and maps what goes wrong to the documented exit codes and messages. */
public final class MeshlineCli {

	private MeshlineCli() {
	}

	public static int run(String... args) {
		return commandLine().execute(args);
	}

	/** The command line with our error handling, for tests that capture its output. */
	public static CommandLine commandLine() {
		// Each command line starts with no actor of its own: --actor sets it again when given.
		System.clearProperty(MeshlineCommand.ACTOR_PROPERTY);
		CommandLine commandLine = new CommandLine(new MeshlineCommand());
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.registerConverter(LocalDate.class, MeshlineCli::isoDate);
		commandLine.setExitCodeExceptionMapper(MeshlineCli::exitCodeOf);
		commandLine.setParameterExceptionHandler(MeshlineCli::usageError);
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			PrintWriter err = cmd.getErr();
			err.println("meshline: " + UserMessages.of(ex));
			err.flush();
			return exitCodeOf(ex);
		});
		return commandLine;
	}

	private static LocalDate isoDate(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException("'" + value + "' is not a date like 2026-10-31 (yyyy-MM-dd)");
		}
	}

	private static int usageError(CommandLine.ParameterException ex, String[] args) {
		CommandLine cmd = ex.getCommandLine();
		PrintWriter err = cmd.getErr();
		err.println("meshline: " + ex.getMessage());
		err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
		err.flush();
		return ExitCodes.USAGE;
	}

	private static int exitCodeOf(Throwable ex) {
		return (ex instanceof MeshlineExit exit) ? exit.code() : UserMessages.exitCodeOf(ex);
	}

}
