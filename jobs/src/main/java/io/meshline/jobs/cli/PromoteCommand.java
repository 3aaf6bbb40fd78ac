package io.meshline.jobs.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.meshline.jobs.backfill.BatchPromotion;
import io.meshline.jobs.backfill.BatchPromotion.Outcome;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;

/** {@code meshline promote --batch ID}: the QA gate, then publication of a staged batch. */
@Command(name = "promote", mixinStandardHelpOptions = true,
		description = { "Publish a staged backfill batch to its target, only if its QA gate passes:",
				"the staged records, read back, match the plan in count, keys and total per currency.",
				"A failed gate publishes nothing and says why. Promoting again adds nothing twice." },
		footer = { "", "Exit codes: 0 published, 2 no such batch or not promotable, 3 the gate failed (nothing published),",
				"4 data directory busy." })
class PromoteCommand implements Callable<Integer> {

	@Option(names = "--batch", required = true, paramLabel = "ID", description = "The batch id 'backfill' printed.")
	long batch;

	@Override
	public Integer call() throws Exception {
		Outcome outcome;
		try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
			outcome = context.bean(BatchPromotion.class).promote(this.batch);
		}
		if (!outcome.published()) {
			System.err.println("meshline: batch " + this.batch + " was not promoted; nothing was published to "
					+ outcome.location() + ". The gate failed: " + String.join("; ", outcome.failures()) + ".");
			return ExitCodes.THRESHOLD;
		}
		System.out.println("Batch " + this.batch + " passed its gate (" + outcome.planned()
				+ " records, totals per currency as planned) and was published to " + outcome.location() + ": "
				+ outcome.added() + " records added"
				+ ((outcome.added() < outcome.planned()) ? ", the others were there already." : "."));
		System.out.println("Check it with 'meshline verify --batch " + this.batch + "'.");
		return ExitCodes.COMPLETED;
	}

}
