package io.meshline.jobs.reconcile;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.policy.PolicyVerdict;
import io.meshline.core.reconcile.GroupClassifier;
import io.meshline.core.reconcile.GroupOutcome;

/**
 * The classify step's processor: the business rules live in {@link GroupClassifier}, in core. A
 * won deal in scope is also checked against the run's policy ({@link DealPolicyCheck}); its
 * {@code POLICY_VIOLATION} finding, if any, comes after the group's own findings.
 */
class DealGroupClassifier implements ItemProcessor<NumberedGroup, ClassifiedGroup> {

	private final GroupClassifier classifier;

	private final DealPolicyCheck policyCheck;

	DealGroupClassifier(GroupClassifier classifier) {
		this(classifier, DealPolicyCheck.none());
	}

	DealGroupClassifier(GroupClassifier classifier, DealPolicyCheck policyCheck) {
		this.classifier = classifier;
		this.policyCheck = policyCheck;
	}

	@Override
	public ClassifiedGroup process(NumberedGroup numbered) {
		GroupOutcome outcome = this.classifier.classify(numbered.group());
		if (!outcome.wonDealInScope()) {
			return new ClassifiedGroup(numbered.seq(), outcome);
		}
		PolicyVerdict verdict = this.policyCheck.verdict(numbered.group().deal());
		return new ClassifiedGroup(numbered.seq(), outcome.with(verdict.findings()), numbered.group().deal().dealId(),
				verdict.decisions());
	}

}
