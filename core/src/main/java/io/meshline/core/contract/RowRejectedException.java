package io.meshline.core.contract;

/**
 * Ends the mapping of one row with a reason. Carries no stack trace, so rejecting is cheap even
 * when most rows of a large file are bad.
 */
final class RowRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String column;

	RowRejectedException(String column, String reason) {
		super(reason, null, false, false);
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
