package io.meshline.readers.policy;

/**
 * A policy file or price book that cannot be used: bad YAML or CSV, a missing or unknown key, a
 * bad action, or an expression that is not allowed. The message names the file and the rule (or
 * line and column). An {@link IllegalArgumentException}, so the command line exits 2.
 */
public class InvalidPolicyException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidPolicyException(String message) {
		super(message);
	}

	public InvalidPolicyException(String message, Throwable cause) {
		super(message, cause);
	}

}
