package io.meshline.jobs.reconcile;

/** Seconds left as a person reads them: {@code 45 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
final class TimeLeft {

	private TimeLeft() {
	}

	static String format(long seconds) {
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return String.format("%d min %02d s", seconds / 60, seconds % 60);
		}
		return String.format("%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
	}

}
