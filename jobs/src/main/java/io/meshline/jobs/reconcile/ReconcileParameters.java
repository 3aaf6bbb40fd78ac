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
		Integer windowDays, BigDecimal amountTolerance, int dateToleranceDays, String routingPath, int driftRuns,
		BigDecimal driftTolerance, Long replayOf, String outDir, long runSeq, PolicyParameters policy)
		implements RunParameters<ReconcileParameters> {

	/** Trailing runs a run's volumes are compared with, unless {@code --drift-runs} says otherwise. */
	public static final int DEFAULT_DRIFT_RUNS = 7;

	/** How far (percent) the band of the trailing runs is widened, unless {@code --drift-tolerance} says otherwise. */
	public static final BigDecimal DEFAULT_DRIFT_TOLERANCE = BigDecimal.valueOf(20);

	/** The parameters with a policy but without drift settings or replay: the defaults. */
	public ReconcileParameters(String crmPath, String crmContract, String crmSha256, String erpPath,
			String erpContract, String erpSha256, String crosswalkPath, String defaultCurrency, LocalDate asOf,
			Integer windowDays, BigDecimal amountTolerance, int dateToleranceDays, String routingPath, String outDir,
			long runSeq, PolicyParameters policy) {
		this(crmPath, crmContract, crmSha256, erpPath, erpContract, erpSha256, crosswalkPath, defaultCurrency, asOf,
				windowDays, amountTolerance, dateToleranceDays, routingPath, DEFAULT_DRIFT_RUNS,
				DEFAULT_DRIFT_TOLERANCE, null, outDir, runSeq, policy);
	}

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

	/** Trailing runs for drift detection; 0 when {@code --no-drift}. */
	static final String DRIFT_RUNS = "drift.runs";

	static final String DRIFT_TOLERANCE = "drift.tolerance";

	/** The run a replay reruns: part of the identity, so a replay never resumes its original. */
	static final String REPLAY_OF = "replay.of";

	static final String OUT_DIR = "out.dir";

	static final String RUN_SEQ = "run.seq";

	/** A run without a policy, drift settings or replay: the defaults. */
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
		put(builder, DRIFT_RUNS, Integer.toString(this.driftRuns));
		put(builder, DRIFT_TOLERANCE, this.driftTolerance.toPlainString());
		put(builder, REPLAY_OF, (this.replayOf != null) ? this.replayOf.toString() : null);
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
		String driftRuns = parameters.getString(DRIFT_RUNS);
		String driftTolerance = parameters.getString(DRIFT_TOLERANCE);
		String replayOf = parameters.getString(REPLAY_OF);
		return new ReconcileParameters(parameters.getString(CRM_PATH), parameters.getString(CRM_CONTRACT),
				parameters.getString(CRM_SHA256), parameters.getString(ERP_PATH), parameters.getString(ERP_CONTRACT),
				parameters.getString(ERP_SHA256), parameters.getString(CROSSWALK),
				parameters.getString(DEFAULT_CURRENCY), (asOf != null) ? LocalDate.parse(asOf) : null,
				(windowDays != null) ? Integer.valueOf(windowDays) : null,
				new BigDecimal(parameters.getString(AMOUNT_TOLERANCE)),
				Integer.parseInt(parameters.getString(DATE_TOLERANCE_DAYS)), parameters.getString(ROUTING),
				(driftRuns != null) ? Integer.parseInt(driftRuns) : DEFAULT_DRIFT_RUNS,
				(driftTolerance != null) ? new BigDecimal(driftTolerance) : DEFAULT_DRIFT_TOLERANCE,
				(replayOf != null) ? Long.valueOf(replayOf) : null, parameters.getString(OUT_DIR),
				(runSeq != null) ? runSeq : 0L, PolicyParameters.from(parameters));
	}

	/** Whether drift detection is on: {@code --no-drift} turns it off. */
	public boolean driftDetection() {
		return this.driftRuns > 0;
	}

	/** The same business parameters with another sequence number and output folder. */
	@Override
	public ReconcileParameters withRun(long seq, String out) {
		return new ReconcileParameters(this.crmPath, this.crmContract, this.crmSha256, this.erpPath, this.erpContract,
				this.erpSha256, this.crosswalkPath, this.defaultCurrency, this.asOf, this.windowDays,
				this.amountTolerance, this.dateToleranceDays, this.routingPath, this.driftRuns, this.driftTolerance,
				this.replayOf, out, seq, this.policy);
	}

	/** The same parameters, as a replay of run {@code run}. */
	public ReconcileParameters asReplayOf(long run) {
		return new ReconcileParameters(this.crmPath, this.crmContract, this.crmSha256, this.erpPath, this.erpContract,
				this.erpSha256, this.crosswalkPath, this.defaultCurrency, this.asOf, this.windowDays,
				this.amountTolerance, this.dateToleranceDays, this.routingPath, this.driftRuns, this.driftTolerance, run,
				this.outDir, this.runSeq, this.policy);
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
