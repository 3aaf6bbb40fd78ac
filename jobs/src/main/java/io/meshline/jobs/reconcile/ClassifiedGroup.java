package io.meshline.jobs.reconcile;

import io.meshline.core.reconcile.GroupOutcome;

/** What a numbered group was found to be. */
record ClassifiedGroup(long seq, GroupOutcome outcome) {
}
