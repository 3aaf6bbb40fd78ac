package io.meshline.jobs.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.meshline.jobs.policy.PolicyParameters;
import io.meshline.jobs.support.RunParameters;

/**
 * The job parameters of {@code reconcileJob}, typed. Every parameter is a string (typed values
 * become part of a job instance's identity in ways that surprise) and identifying, except the
 * output folder, so that a resumed run writes where it started to. {@code run.seq} lets the same
 * inputs be reconciled again after a completed run. {@code policy} is {@code null} for a run
 * without a policy file.
 */
public record ReconcileParameters(String crmPath, String crmContract, String crmSha256, String erpPath,
		String erpContract, String erpSha256, String crosswalkPath, String defaultCurrency, LocalDate asOf,
		Integer windowDays, BigDecimal amountTolerance, int dateToleranceDays, String routingPath, String outDir,
		long runSeq, PolicyParameters policy) implements RunParameters<ReconcileParameters> {

	static final String CRM_PATH = "crm.path";

	static final String CRM_CONTRACT = "crm.contract";

	static final String CRM_SHA256 = "crm.sha256";

	static final String ERP_PATH = "erp.path";

	static final String ERP_CONTRACT = "erp.contract";

	static final String ERP_SHA256 = "erp.sha256";

	static final String CROSSWALK = "crosswalk.path";

	static final String DEFAULT_CURRENCY = "default.currency";

	static final String AS_OF = "as.of";

	static final String WINDOW_DAYS = "window.days";

	static final String AMOUNT_TOLERANCE = "amount.tolerance";

	static final String DATE_TOLERANCE_DAYS = "date.tolerance.days";

	static final String ROUTING = "routing.path";

	static final String OUT_DIR = "out.dir";

	static final String RUN_SEQ = "run.seq";

	/** A run without a policy. */
	public ReconcileParameters(String crmPath, String crmContract, String crmSha256, String erpPath,
			String erpContract, String erpSha256, String crosswalkPath, String defaultCurrency, LocalDate asOf,
			Integer windowDays, BigDecimal amountTolerance, int dateToleranceDays, String routingPath, String outDir,
			long runSeq) {
		this(crmPath, crmContract, crmSha256, erpPath, erpContract, erpSha256, crosswalkPath, defaultCurrency, asOf,
				windowDays, amountTolerance, dateToleranceDays, routingPath, outDir, runSeq, null);
	}

	@Override
	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder();
		put(builder, CRM_PATH, this.crmPath);
		put(builder, CRM_CONTRACT, this.crmContract);
		put(builder, CRM_SHA256, this.crmSha256);
		put(builder, ERP_PATH, this.erpPath);
		put(builder, ERP_CONTRACT, this.erpContract);
		put(builder, ERP_SHA256, this.erpSha256);
		put(builder, CROSSWALK, this.crosswalkPath);
		put(builder, DEFAULT_CURRENCY, this.defaultCurrency);
		put(builder, AS_OF, (this.asOf != null) ? this.asOf.toString() : null);
		put(builder, WINDOW_DAYS, (this.windowDays != null) ? this.windowDays.toString() : null);
		put(builder, AMOUNT_TOLERANCE, this.amountTolerance.toPlainString());
		put(builder, DATE_TOLERANCE_DAYS, Integer.toString(this.dateToleranceDays));
		put(builder, ROUTING, this.routingPath);
		builder.addString(OUT_DIR, this.outDir, false);
		builder.addLong(RUN_SEQ, this.runSeq, true);
		if (this.policy != null) {
			this.policy.addTo(builder);
		}
		return builder.toJobParameters();
	}

	public static ReconcileParameters from(JobParameters parameters) {
		String asOf = parameters.getString(AS_OF);
		String windowDays = parameters.getString(WINDOW_DAYS);
		Long runSeq = parameters.getLong(RUN_SEQ);
		return new ReconcileParameters(parameters.getString(CRM_PATH), parameters.getString(CRM_CONTRACT),
				parameters.getString(CRM_SHA256), parameters.getString(ERP_PATH), parameters.getString(ERP_CONTRACT),
				parameters.getString(ERP_SHA256), parameters.getString(CROSSWALK),
				parameters.getString(DEFAULT_CURRENCY), (asOf != null) ? LocalDate.parse(asOf) : null,
				(windowDays != null) ? Integer.valueOf(windowDays) : null,
				new BigDecimal(parameters.getString(AMOUNT_TOLERANCE)),
				Integer.parseInt(parameters.getString(DATE_TOLERANCE_DAYS)), parameters.getString(ROUTING),
				parameters.getString(OUT_DIR), (runSeq != null) ? runSeq : 0L, PolicyParameters.from(parameters));
	}

	/** The same business parameters with another sequence number and output folder. */
	@Override
	public ReconcileParameters withRun(long seq, String out) {
		return new ReconcileParameters(this.crmPath, this.crmContract, this.crmSha256, this.erpPath, this.erpContract,
				this.erpSha256, this.crosswalkPath, this.defaultCurrency, this.asOf, this.windowDays,
				this.amountTolerance, this.dateToleranceDays, this.routingPath, out, seq, this.policy);
	}

	/** Whether {@code other} reconciles the same inputs the same way (sequence and output aside). */
	@Override
	public boolean sameWorkAs(ReconcileParameters other) {
		return withRun(0, null).equals(other.withRun(0, null));
	}

	private static void put(JobParametersBuilder builder, String key, String value) {
		if (value != null) {
			builder.addString(key, value, true);
		}
	}

}
