package io.meshline.jobs.reconcile;

/** Fits free text into a stored column; ids are never cut, they are rejected upstream instead. */
public final class Text {

	private Text() {
	}

	public static String fit(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		return value.substring(0, max - 1) + "…";
	}

}
