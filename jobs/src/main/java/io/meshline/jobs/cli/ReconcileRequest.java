package io.meshline.jobs.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.Side;
import io.meshline.core.money.CurrencyScale;
import io.meshline.jobs.policy.PolicyParameters;
import io.meshline.jobs.reconcile.ContractResolver;
import io.meshline.jobs.reconcile.ExportReaders;
import io.meshline.jobs.reconcile.ReconcileParameters;
import io.meshline.readers.crosswalk.CrosswalkReader;
import io.meshline.writers.output.RoutingTable;

/**
 * Everything {@code reconcile} checks before it touches the database: files, options, contracts,
 * headers, crosswalk, routing, policy and price book. A problem here is exit 2 with a sentence naming what is wrong,
 * and no step has run.
 */
final class ReconcileRequest {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Set<String> PROGRESS_SETTINGS = Set.of("auto", "always", "never");

	private final ReconcileCommand command;

	ReconcileRequest(ReconcileCommand command) {
		this.command = command;
	}

	ReconcileParameters checkedParameters() throws IOException {
		return checked(FileDigest::start).parameters();
	}

	/**
	 * The request checked, its exports being hashed by {@code hashing} (which may archive them as it
	 * goes); the parameters wait for the hashes.
	 */
	Checked checked(Function<Path, FileDigest.Pending> hashing) throws IOException {
		ReconcileCommand c = this.command;
		requireFile(c.crm, "--crm");
		requireFile(c.erp, "--erp");
		optionalFile(c.crosswalk, "--crosswalk");
		optionalFile(c.routing, "--routing");
		optionalFile(c.policy, "--policy");
		optionalFile(c.pricebook, "--pricebook");
		checkOptions();
		String currency = (c.defaultCurrency != null) ? CurrencyScale.normalise(c.defaultCurrency)
			.orElseThrow(() -> MeshlineExit.usage("--default-currency " + c.defaultCurrency
					+ " is not an ISO 4217 currency code.")) : null;
		String crmContract = contractReference(c.crmContract.format, c.crmContract.file, "--crm-contract");
		String erpContract = contractReference(c.erpContract.format, c.erpContract.file, "--erp-contract");
		ContractResolver resolver = new ContractResolver();
		checkSideAndHeader(resolver.resolve(crmContract, currency), Side.CRM, c.crm, "--crm-format");
		checkSideAndHeader(resolver.resolve(erpContract, currency), Side.ERP, c.erp, "--erp-format");
		if (c.crosswalk != null) {
			CrosswalkReader.read(c.crosswalk);
		}
		if (c.routing != null) {
			RoutingTable.load(c.routing);
		}
		PolicyParameters policy = (c.policy != null) ? PolicyParameters.checked(c.policy, c.pricebook) : null;
		LocalDate asOf = (c.windowDays != null) ? ((c.asOf != null) ? c.asOf : LocalDate.now()) : null;
		FileDigest.Pending crmHash = hashing.apply(c.crm);
		FileDigest.Pending erpHash = hashing.apply(c.erp);
		return () -> new ReconcileParameters(absolute(c.crm), crmContract, crmHash.get(), absolute(c.erp),
				erpContract, erpHash.get(), absolute(c.crosswalk), currency, asOf, c.windowDays,
				c.amountTolerance, c.dateToleranceDays, absolute(c.routing), c.drift.runs(), c.drift.tolerance(), null,
				null, 0, policy);
	}

	/** A checked request whose exports are still being hashed. */
	interface Checked {

		/** The run's parameters, once both exports are hashed. */
		ReconcileParameters parameters() throws IOException;

	}

	private void checkOptions() {
		ReconcileCommand c = this.command;
		if (c.asOf != null && c.windowDays == null) {
			throw MeshlineExit.usage("--as-of sets the end of a window: give --window-days too.");
		}
		if (c.windowDays != null && c.windowDays < 1) {
			throw MeshlineExit.usage("--window-days must be at least 1, not " + c.windowDays + ".");
		}
		if (c.amountTolerance.signum() < 0) {
			throw MeshlineExit.usage("--amount-tolerance cannot be negative: " + c.amountTolerance.toPlainString());
		}
		if (c.dateToleranceDays < 0) {
			throw MeshlineExit.usage("--date-tolerance-days cannot be negative: " + c.dateToleranceDays);
		}
		if (c.maxRejectRate != null && (c.maxRejectRate.signum() < 0 || c.maxRejectRate.compareTo(HUNDRED) > 0)) {
			throw MeshlineExit.usage("--max-reject-rate is a percentage from 0 to 100, not "
					+ c.maxRejectRate.toPlainString() + ".");
		}
		if (c.pricebook != null && c.policy == null) {
			throw MeshlineExit.usage("--pricebook gives the list prices policy rules read: give --policy too.");
		}
		c.drift.check();
		if (!PROGRESS_SETTINGS.contains(c.progress)) {
			throw MeshlineExit.usage("--progress is auto, always or never, not " + c.progress + ".");
		}
	}

	private static void checkSideAndHeader(Contract contract, Side expected, Path file, String option) throws IOException {
		if (contract.side() != expected) {
			throw MeshlineExit.usage("The contract " + contract.name() + " reads " + contract.side().name()
					+ " exports, but " + option + " needs a " + expected.name() + " contract.");
		}
		ExportReaders.checkHeader(file, contract);
	}

	private static String contractReference(String format, Path file, String option) {
		if (format != null) {
			return format;
		}
		requireFile(file, option);
		return ContractResolver.FILE_PREFIX + absolute(file);
	}

	private static void requireFile(Path file, String option) {
		if (!Files.isRegularFile(file)) {
			throw MeshlineExit.usage(option + ": no such file: " + file);
		}
		if (!Files.isReadable(file)) {
			throw MeshlineExit.usage(option + ": cannot read " + file + " (permission denied).");
		}
	}

	private static void optionalFile(Path file, String option) {
		if (file != null) {
			requireFile(file, option);
		}
	}

	private static String absolute(Path file) {
		return (file != null) ? file.toAbsolutePath().normalize().toString() : null;
	}

}
