package io.meshline.jobs.exceptions;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.batch.core.job.parameters.JobParameters;

import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.reconcile.ReconcileParameters;

/**
 * What a reconcile run could have seen, and so which open exceptions its silence may resolve: only
 * exceptions last found with the same pair of contracts ({@code source}), only of the finding types
 * the run checks, and with a window only those whose record date (close date, or the orphan
 * invoice's date) lies in the window. Immutable.
 *
 * @param source the CRM and ERP contracts, e.g. {@code salesforce -> netsuite}
 * @param windowFrom the first day of the window, or {@code null} without one
 * @param windowTo the last day of the window, or {@code null} without one
 * @param checkedTypes the finding types the run checks
 */
public record RunScope(String source, LocalDate windowFrom, LocalDate windowTo, Set<FindingType> checkedTypes) {

	/** The job parameter the policy check will add; a run with it also resolves policy violations. */
	static final String POLICY_PARAMETER = "policy.path";

	public RunScope {
		checkedTypes = Set.copyOf(checkedTypes);
	}

	/**
	 * The scope of a reconcile run. Record comparisons are always checked except
	 * {@code CUSTOMER_MISMATCH} and {@code UNMAPPED_ACCOUNT}, which need a crosswalk; {@code POLICY_VIOLATION} only with a
	 * {@value #POLICY_PARAMETER} parameter; {@code DRIFT} is never resolved by a run's silence.
	 */
	public static RunScope of(JobParameters parameters) {
		ReconcileParameters p = ReconcileParameters.from(parameters);
		Set<FindingType> checked = EnumSet.noneOf(FindingType.class);
		for (FindingType type : FindingType.values()) {
			if (type.comparesRecords() && (type != FindingType.CUSTOMER_MISMATCH || p.crosswalkPath() != null)) {
				checked.add(type);
			}
		}
		if (p.crosswalkPath() != null) {
			checked.add(FindingType.UNMAPPED_ACCOUNT);
		}
		if (parameters.getString(POLICY_PARAMETER) != null) {
			checked.add(FindingType.POLICY_VIOLATION);
		}
		String source = p.crmContract() + " -> " + p.erpContract();
		if (p.windowDays() == null) {
			return new RunScope(source, null, null, checked);
		}
		return new RunScope(source, p.asOf().minusDays(p.windowDays() - 1L), p.asOf(), checked);
	}

	public boolean windowed() {
		return this.windowFrom != null;
	}

}
