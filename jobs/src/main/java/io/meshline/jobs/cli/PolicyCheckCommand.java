package io.meshline.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.Side;
import io.meshline.core.money.CurrencyScale;
import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.policy.Policy;
import io.meshline.core.policy.PolicyRule;
import io.meshline.core.policy.PriceBook;
import io.meshline.core.reconcile.ReconcileScope;
import io.meshline.jobs.policy.PolicyDryRun;
import io.meshline.jobs.reconcile.ContractResolver;
import io.meshline.jobs.reconcile.ExportReaders;
import io.meshline.readers.policy.PolicyLoader;
import io.meshline.readers.policy.PriceBookReader;

/** {@code meshline policy check}: a policy file alone, or what it would do to a CRM export, from files only. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Check a policy file; with --crm, report what it would do to the export's won deals "
				+ "(per rule, and deals it would block, hold or warn about) and write policy-dry-run.csv.",
				"A dry run: it reads files only and touches no database." },
		footer = { "", "Exit codes: 0 checked, 2 usage error or an invalid policy, price book, contract or export." })
class PolicyCheckCommand implements Callable<Integer> {

	@Option(names = "--policy", required = true, paramLabel = "FILE", description = "The policy file (YAML).")
	Path policy;

	@Option(names = "--pricebook", paramLabel = "FILE", description = "Price book CSV deal_id,list_price,currency.")
	Path pricebook;

	@Option(names = "--crm", paramLabel = "FILE", description = "A CRM export to try the policy on.")
	Path crm;

	@ArgGroup(exclusive = true, multiplicity = "0..1")
	ReconcileCommand.CrmContract crmContract;

	@Option(names = "--default-currency", paramLabel = "CODE", description = "Currency for rows without one.")
	String defaultCurrency;

	@Option(names = "--as-of", paramLabel = "DATE", description = "Last day of the window (default: today).")
	LocalDate asOf;

	@Option(names = "--window-days", paramLabel = "N", description = "Only deals closed in the N days up to --as-of.")
	Integer windowDays;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Folder for policy-dry-run.csv (default: meshline-out/policy-check-<time>).")
	Path out;

	@Override
	public Integer call() throws IOException {
		requireFile(this.policy, "--policy");
		Policy loaded = PolicyLoader.load(this.policy);
		PriceBook book = PriceBook.empty();
		if (this.pricebook != null) {
			requireFile(this.pricebook, "--pricebook");
			book = PriceBookReader.read(this.pricebook);
		}
		if (this.crm == null) {
			if (this.crmContract != null || this.windowDays != null || this.asOf != null) {
				throw MeshlineExit.usage("--crm-format, --crm-contract, --window-days and --as-of need --crm.");
			}
			System.out.println(describe(loaded, book));
			return ExitCodes.COMPLETED;
		}
		PolicyDryRun dryRun = new PolicyDryRun(loaded, new DealPolicyCheck(loaded, book), scope());
		Path csv = dryRun.run(this.crm, contract(), outDir());
		System.out.println(dryRun.report());
		System.out.println("Wrote " + csv + ".");
		return ExitCodes.COMPLETED;
	}

	private Contract contract() throws IOException {
		requireFile(this.crm, "--crm");
		if (this.crmContract == null) {
			throw MeshlineExit.usage("--crm needs --crm-format NAME or --crm-contract FILE.");
		}
		String currency = (this.defaultCurrency != null) ? CurrencyScale.normalise(this.defaultCurrency)
			.orElseThrow(() -> MeshlineExit.usage("--default-currency " + this.defaultCurrency
					+ " is not an ISO 4217 currency code.")) : null;
		String reference = this.crmContract.format;
		if (reference == null) {
			requireFile(this.crmContract.file, "--crm-contract");
			reference = ContractResolver.FILE_PREFIX + this.crmContract.file.toAbsolutePath().normalize();
		}
		Contract contract = new ContractResolver().resolve(reference, currency);
		if (contract.side() != Side.CRM) {
			throw MeshlineExit.usage("The contract " + contract.name() + " reads ERP exports; --crm needs a CRM contract.");
		}
		ExportReaders.checkHeader(this.crm, contract);
		return contract;
	}

	private ReconcileScope scope() {
		if (this.asOf != null && this.windowDays == null) {
			throw MeshlineExit.usage("--as-of sets the end of a window: give --window-days too.");
		}
		if (this.windowDays == null) {
			return ReconcileScope.everything();
		}
		if (this.windowDays < 1) {
			throw MeshlineExit.usage("--window-days must be at least 1, not " + this.windowDays + ".");
		}
		return ReconcileScope.window((this.asOf != null) ? this.asOf : LocalDate.now(), this.windowDays);
	}

	private Path outDir() {
		if (this.out != null) {
			return this.out;
		}
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		return Path.of("meshline-out", "policy-check-" + stamp);
	}

	private static String describe(Policy policy, PriceBook book) {
		StringBuilder out = new StringBuilder();
		out.append("Policy ").append(policy.source()).append(" version ").append(policy.version())
			.append(" (SHA-256 ").append(policy.sha256()).append("): ").append(policy.rules().size())
			.append(" rules, ").append(policy.creditHolds().size()).append(" accounts on credit hold")
			.append(", price book of ").append(book.size()).append(" deals. Valid.\n");
		for (PolicyRule rule : policy.rules()) {
			out.append(String.format("  %-32s %-16s when %s%n", rule.id(), rule.action(), rule.when()));
		}
		return out.toString().stripTrailing();
	}

	static void requireFile(Path file, String option) {
		if (!Files.isRegularFile(file)) {
			throw MeshlineExit.usage(option + ": no such file: " + file);
		}
	}

}
