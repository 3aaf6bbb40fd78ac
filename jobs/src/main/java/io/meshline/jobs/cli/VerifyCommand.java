package io.meshline.jobs.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.meshline.jobs.backfill.BatchVerification;
import io.meshline.jobs.backfill.BatchVerification.Report;
import io.meshline.jobs.backfill.BatchVerification.Residual;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;

/** {@code meshline verify --batch ID}: reads the target back and checks the batch's keys. */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = { "Read a backfill batch's target back and check exactly the batch's keys: each must be there",
				"once, with the planned currency and amount. Residuals go to verify.csv in the batch's folder." },
		footer = { "", "Exit codes: 0 no residuals, 2 no such batch, 3 residuals found, 4 data directory busy." })
class VerifyCommand implements Callable<Integer> {

	@Option(names = "--batch", required = true, paramLabel = "ID", description = "The batch id 'backfill' printed.")
	long batch;

	@Override
	public Integer call() throws Exception {
		Report report;
		try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
			report = context.bean(BatchVerification.class).verify(this.batch);
		}
		System.out.println("Batch " + this.batch + ": " + report.keysChecked() + " keys checked in "
				+ report.location() + ", " + report.residuals().size() + " residuals.");
		for (Residual r : report.residuals()) {
			System.out.println("  " + r.kind() + " " + r.key() + ": " + r.detail());
		}
		System.out.println("  Report: " + report.file());
		return report.residuals().isEmpty() ? ExitCodes.COMPLETED : ExitCodes.THRESHOLD;
	}

}
