package io.meshline.jobs.reconcile;

import java.math.BigDecimal;

/**
 * The sizes the staging columns hold. A record beyond them is rejected with a reason rather than
 * cut, because a cut id would match the wrong record.
 */
final class StagingLimits {

	static final int MAX_ID_LENGTH = 256;

	/** DECIMAL(30, 6) holds 24 integer digits. */
	private static final int MAX_INTEGER_DIGITS = 24;

	private StagingLimits() {
	}

	static String firstProblem(String id, String idName, String otherId, String otherName, BigDecimal amount) {
		String problem = idProblem(id, idName);
		if (problem == null) {
			problem = idProblem(otherId, otherName);
		}
		if (problem == null && amount != null && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			problem = "the amount " + amount.toPlainString() + " has more than " + MAX_INTEGER_DIGITS
					+ " integer digits.";
		}
		return problem;
	}

	static String idProblem(String id, String name) {
		if (id != null && id.length() > MAX_ID_LENGTH) {
			return "the " + name + " is " + id.length() + " characters long; at most " + MAX_ID_LENGTH + " are kept.";
		}
		return null;
	}

}
