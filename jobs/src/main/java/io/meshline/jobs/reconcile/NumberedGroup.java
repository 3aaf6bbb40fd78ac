package io.meshline.jobs.reconcile;

import io.meshline.core.reconcile.DealGroup;

/** A deal group and its position in the run's ordered pass, which keys its findings. */
record NumberedGroup(long seq, DealGroup group) {
}
