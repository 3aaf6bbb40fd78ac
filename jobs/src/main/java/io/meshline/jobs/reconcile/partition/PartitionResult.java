package io.meshline.jobs.reconcile.partition;

import java.util.ArrayList;
import java.util.List;

import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.Rejection;
import io.meshline.core.policy.PolicyDecision;
import io.meshline.core.reconcile.Finding;

/**
 * What classifying one partition produced: its findings with their place in the report, the policy
 * decisions, the deals later steps read (backfill plans from them, the risk report names them), the CRM rows
 * rejected as repeated ids, and the partition's counts and volumes.
 */
public final class PartitionResult {

	final List<PlacedFinding> findings = new ArrayList<>();

	final List<PlacedDecision> decisions = new ArrayList<>();

	final List<FindingDeal> findingDeals = new ArrayList<>();

	final List<Rejection> repeatedIds = new ArrayList<>();

	final RunVolumes volumes = new RunVolumes();

	long dealsInScope;

	long matchedDeals;

	long acceptedDeals;

	/** Findings of the partitions added up, for the total only. */
	long findingCount;

	/** {@code DUPLICATE_IN_ERP} findings of the partitions added up, for the total only. */
	long duplicateFindings;

	/** A finding and its report position: group (the deal's line, or past the deals for an orphan), item. */
	record PlacedFinding(long seq, int item, Finding finding) {
	}

	/** A deal later steps read, and whether it is missing from the ERP (a backfill candidate). */
	record FindingDeal(CrmDeal deal, boolean missingInErp) {
	}

	/** A rule a deal breaks, at the deal's report position. */
	record PlacedDecision(String dealId, long seq, PolicyDecision decision) {
	}

}
