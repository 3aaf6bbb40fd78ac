package io.meshline.jobs.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import io.meshline.core.contract.ContractViolationException;
import io.meshline.jobs.home.DataDirectoryLock.DataDirectoryBusyException;

/** The sentence a person reads for an exception, and the exit code it maps to. No stack traces. */
final class UserMessages {

	private UserMessages() {
	}

	static String of(Throwable ex) {
		if (ex instanceof NoSuchFileException missing) {
			return "No such file: " + missing.getFile();
		}
		if (ex instanceof AccessDeniedException denied) {
			return "Cannot read " + denied.getFile() + ": permission denied";
		}
		String message = ex.getMessage();
		return (message != null && !message.isBlank()) ? message : ex.getClass().getSimpleName();
	}

	static int exitCodeOf(Throwable ex) {
		if (ex instanceof MeshlineExit exit) {
			return exit.code();
		}
		if (ex instanceof DataDirectoryBusyException) {
			return ExitCodes.DATA_DIRECTORY_BUSY;
		}
		if (ex instanceof ContractViolationException || ex instanceof IllegalArgumentException
				|| ex instanceof IOException) {
			return ExitCodes.USAGE;
		}
		return ExitCodes.JOB_FAILED;
	}

}
