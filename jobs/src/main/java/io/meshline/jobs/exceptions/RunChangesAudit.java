package io.meshline.jobs.exceptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.meshline.jobs.audit.AuditTrail;

/**
 * Audits the exception changes a run makes as one event per transaction: their count by transition
 * and a SHA-256 of their keys, appended just before the transaction commits. A first night can
 * change tens of thousands of exceptions; one hash-chained append each would serialise the run on
 * the trail's head, while the digest still ties the event to the history rows it summarises.
 */
final class RunChangesAudit {

	private final AuditTrail auditTrail;

	RunChangesAudit(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	/** Adds {@code event} to the current transaction's summary (audited alone outside a transaction). */
	void add(ExceptionEvent event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.auditTrail.append(event.actor(), ExceptionHistory.RUN_KIND, "reconcile run " + event.runId(),
					new Changes(event.runId()).with(event).summary());
			return;
		}
		Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
		if (changes == null) {
			Changes bound = new Changes(event.runId());
			TransactionSynchronizationManager.bindResource(this, bound);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					RunChangesAudit.this.auditTrail.append(event.actor(), ExceptionHistory.RUN_KIND,
							"reconcile run " + bound.runId, bound.summary());
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RunChangesAudit.this);
				}

			});
			changes = bound;
		}
		changes.with(event);
	}

	private static final class Changes {

		private final Long runId;

		private final Map<String, Integer> transitions = new TreeMap<>();

		private final List<String> keys = new ArrayList<>();

		Changes(Long runId) {
			this.runId = runId;
		}

		Changes with(ExceptionEvent event) {
			String transition = ((event.from() != null) ? event.from().name() : "none") + " -> " + event.to().name();
			this.transitions.merge(transition, 1, Integer::sum);
			this.keys.add(event.key());
			return this;
		}

		String summary() {
			StringBuilder text = new StringBuilder().append(this.keys.size()).append(" exceptions changed (");
			this.transitions.forEach((transition, n) -> text.append(transition).append(' ').append(n).append(", "));
			text.setLength(text.length() - 2);
			return text.append("); keys sha256 ").append(AuditTrail.digestOfKeys(this.keys)).toString();
		}

	}

}
