package io.meshline.jobs.cli;

import java.math.BigDecimal;

import picocli.CommandLine.Option;

import io.meshline.jobs.reconcile.ReconcileParameters;

/** The drift options of {@code reconcile}: how many trailing runs, how wide a band, or none at all. */
class DriftOptions {

	@Option(names = "--drift-runs", paramLabel = "N",
			description = "Compare the run's volumes with the last N completed runs of the same contracts and window "
					+ "(default: 7; nothing is said before 3 such runs).")
	Integer runs;

	@Option(names = "--drift-tolerance", paramLabel = "PERCENT",
			description = "Widen the trailing runs' min-max band by this percentage of its ends (default: 20).")
	BigDecimal tolerance;

	@Option(names = "--no-drift", description = "Do not check the run's volumes against earlier runs.")
	boolean off;

	void check() {
		if (this.off && (this.runs != null || this.tolerance != null)) {
			throw MeshlineExit.usage("--no-drift turns drift detection off: leave out --drift-runs and --drift-tolerance.");
		}
		if (this.runs != null && this.runs < 3) {
			throw MeshlineExit.usage("--drift-runs must be at least 3 (the fewest runs a band is drawn from), not "
					+ this.runs + ".");
		}
		if (this.tolerance != null && (this.tolerance.signum() < 0 || this.tolerance.compareTo(BigDecimal.valueOf(1000)) > 0)) {
			throw MeshlineExit.usage("--drift-tolerance is a percentage from 0 to 1000, not "
					+ this.tolerance.toPlainString() + ".");
		}
	}

	int runs() {
		return this.off ? 0 : (this.runs != null) ? this.runs : ReconcileParameters.DEFAULT_DRIFT_RUNS;
	}

	BigDecimal tolerance() {
		return (this.tolerance != null) ? this.tolerance : ReconcileParameters.DEFAULT_DRIFT_TOLERANCE;
	}

}
