package io.meshline.jobs.reconcile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.meshline.core.reconcile.ReconcileRules;
import io.meshline.core.reconcile.ReconcileScope;
import io.meshline.readers.crosswalk.CrosswalkReader;

/** Builds the rules of a run from its parameters, reading the crosswalk when one is given. */
final class ReconcileRulesFactory {

	private ReconcileRulesFactory() {
	}

	static ReconcileRules rulesFor(ReconcileParameters p) throws IOException {
		ReconcileScope scope = (p.windowDays() != null) ? ReconcileScope.window(p.asOf(), p.windowDays())
				: ReconcileScope.everything();
		Map<String, String> crosswalk = (p.crosswalkPath() != null) ? CrosswalkReader.read(Path.of(p.crosswalkPath()))
				: null;
		return new ReconcileRules(p.amountTolerance(), p.dateToleranceDays(), scope, crosswalk);
	}

}
