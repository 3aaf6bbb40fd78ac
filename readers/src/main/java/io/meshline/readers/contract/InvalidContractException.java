package io.meshline.readers.contract;

/**
 * A contract file that cannot be used: bad YAML, an unknown key, a bad value or a missing key.
 * The message names the file and the key.
 */
public class InvalidContractException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidContractException(String message) {
		super(message);
	}

	public InvalidContractException(String message, Throwable cause) {
		super(message, cause);
	}

}
