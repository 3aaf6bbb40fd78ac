package io.meshline.jobs.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.manifest.InputArchive;
import io.meshline.jobs.reconcile.ReconcileLauncher;
import io.meshline.jobs.reconcile.ReconcileParameters;

/** {@code meshline reconcile}: checks the inputs, then runs or resumes {@code reconcileJob}. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Reconcile a CRM export of deals against an ERP export of invoices.", "",
				"Writes discrepancies.csv, rejects.csv and summary.json to --out. Running the same command again "
						+ "after a failed or killed run resumes it from its last committed chunk." },
		footer = { "", "Exit codes: 0 completed, 1 job failed (restartable), 2 usage/contract/input error,",
				"3 completed but --fail-on or --max-reject-rate matched, 4 data directory busy." })
class ReconcileCommand implements Callable<Integer> {

	@Option(names = "--crm", required = true, paramLabel = "FILE", description = "The CRM export (won deals).")
	Path crm;

	@ArgGroup(exclusive = true, multiplicity = "1")
	CrmContract crmContract;

	@Option(names = "--erp", required = true, paramLabel = "FILE", description = "The ERP export (invoices).")
	Path erp;

	@ArgGroup(exclusive = true, multiplicity = "1")
	ErpContract erpContract;

	@Option(names = "--crosswalk", paramLabel = "FILE",
			description = "CSV crm_account_id,erp_customer_id; with it, invoice customers are checked.")
	Path crosswalk;

	@Option(names = "--default-currency", paramLabel = "CODE",
			description = "Currency for rows without one (overrides the contract's default, USD for built-ins).")
	String defaultCurrency;

	@Option(names = "--as-of", paramLabel = "DATE", description = "Last day of the window (default: today).")
	LocalDate asOf;

	@Option(names = "--window-days", paramLabel = "N",
			description = "Only deals closed in the N days up to --as-of (both included), and invoices dated then.")
	Integer windowDays;

	@Option(names = "--amount-tolerance", paramLabel = "AMOUNT", defaultValue = "0.01",
			description = "Largest difference that still matches (default: ${DEFAULT-VALUE}).")
	BigDecimal amountTolerance;

	@Option(names = "--date-tolerance-days", paramLabel = "N", defaultValue = "31",
			description = "Days after close the first invoice may be dated (default: ${DEFAULT-VALUE}).")
	int dateToleranceDays;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Output folder (default: a new folder meshline-out/reconcile-<time>-run<N>).")
	Path out;

	@Option(names = "--routing", paramLabel = "FILE", description = "Finding-to-queue routing file (finding,queue).")
	Path routing;

	@Option(names = "--policy", paramLabel = "FILE",
			description = "Policy file (YAML): rules every won deal in scope is checked against; a deal that breaks "
					+ "one is a POLICY_VIOLATION finding. Try it first with 'meshline policy check'.")
	Path policy;

	@Option(names = "--pricebook", paramLabel = "FILE",
			description = "Price book CSV deal_id,list_price,currency: the list prices policy rules read "
					+ "(listPrice, discount, discountPercent). Needs --policy.")
	Path pricebook;

	@Option(names = "--fail-on", paramLabel = "FINDING", split = ",",
			description = "Exit 3 if any of these findings occur, e.g. MISSING_IN_ERP,DUPLICATE_IN_ERP.")
	List<FindingType> failOn;

	@Option(names = "--max-reject-rate", paramLabel = "PERCENT",
			description = "Exit 3 if more than this percentage of a file's rows is rejected.")
	BigDecimal maxRejectRate;

	@Mixin
	DriftOptions drift = new DriftOptions();

	@Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
			description = "Progress on standard error: auto (when a terminal), always, never.")
	String progress;

	static class CrmContract {

		@Option(names = "--crm-format", required = true, paramLabel = "NAME",
				description = "Built-in CRM contract: salesforce, hubspot, generic-crm.")
		String format;

		@Option(names = "--crm-contract", required = true, paramLabel = "FILE", description = "A contract file (YAML).")
		Path file;

	}

	static class ErpContract {

		@Option(names = "--erp-format", required = true, paramLabel = "NAME",
				description = "Built-in ERP contract: netsuite, quickbooks, generic-erp.")
		String format;

		@Option(names = "--erp-contract", required = true, paramLabel = "FILE", description = "A contract file (YAML).")
		Path file;

	}

	@Override
	public Integer call() throws Exception {
		System.setProperty("meshline.progress", this.progress);
		MeshlineHome home = MeshlineHome.fromEnvironment();
		InputArchive archive = new InputArchive(home.root());
		ReconcileRequest.Checked request = new ReconcileRequest(this)
			.checked((file) -> FileDigest.startArchiving(file, archive));
		JobExecution execution;
		// The exports are hashed, and archived in the same pass, while the application starts: each
		// takes a second or more on large files.
		try (MeshlineContext context = MeshlineContext.open(home)) {
			ReconcileParameters parameters = request.parameters();
			execution = context.bean(ReconcileLauncher.class).launch(parameters, this::defaultOut, System.err);
		}
		return new ReconcileReport(execution, this.failOn, this.maxRejectRate).print(System.out, System.err);
	}

	private String defaultOut(long seq) {
		if (this.out != null) {
			return this.out.toAbsolutePath().normalize().toString();
		}
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		return Path.of("meshline-out", "reconcile-" + stamp + "-run" + seq).toAbsolutePath().toString();
	}

	static boolean exists(Path file) {
		return file != null && Files.isRegularFile(file);
	}

}
