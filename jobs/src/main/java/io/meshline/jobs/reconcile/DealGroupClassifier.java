package io.meshline.jobs.reconcile;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.meshline.core.reconcile.GroupClassifier;

/** The classify step's processor: the business rules live in {@link GroupClassifier}, in core. */
class DealGroupClassifier implements ItemProcessor<NumberedGroup, ClassifiedGroup> {

	private final GroupClassifier classifier;

	DealGroupClassifier(GroupClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public ClassifiedGroup process(NumberedGroup numbered) {
		return new ClassifiedGroup(numbered.seq(), this.classifier.classify(numbered.group()));
	}

}
