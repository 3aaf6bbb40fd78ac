package io.meshline.jobs.backfill;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.backfill.BackfillBatches.Batch;
import io.meshline.jobs.backfill.BackfillTarget.Publication;
import io.meshline.jobs.backfill.BackfillTarget.Staged;

/**
 * {@code promote}: publishes a staged batch only when its QA gate passes: the staging area, read
 * back, holds as many records as the plan, the plan's keys once each, none unreadable, and the same
 * total per currency. A failed gate publishes nothing and records why. Publishing merges on the
 * idempotency key, so promoting again (after a crash, or by mistake) adds nothing twice. The plan
 * and the staging area are streamed, once each: memory does not grow with the batch.
 */
@Component
public class BatchPromotion {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	public BatchPromotion(DataSource dataSource, PlatformTransactionManager transactionManager, AuditTrail audit) {
		this.audit = audit;
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** What happened: published, or the gate's failures (nothing published). */
	public record Outcome(long batchId, boolean published, int added, long planned, String location,
			List<String> failures) {
	}

	/**
	 * @throws IllegalArgumentException when there is no such batch or it is a dry run
	 */
	public Outcome promote(long batchId) throws IOException {
		BackfillBatches batches = new BackfillBatches(this.jdbc);
		Batch batch = BatchLookup.staged(batches, batchId);
		BackfillTarget target = batch.openTarget();
		List<String> failures;
		int added = 0;
		IncludedPlan included = new IncludedPlan(this.jdbc, batchId, target.ledgerName());
		PlanTally plan = new PlanTally(included);
		try (Publication publication = target.prepare(batchId, plan)) {
			plan.drain();
			failures = gate(publication.staged(), plan, included.heldByBatch());
			if (failures.isEmpty()) {
				added = publication.publish();
			}
		}
		if (!failures.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> {
				batches.setStatus(batchId, BackfillBatches.GATE_FAILED, String.join("; ", failures));
				this.audit.append(AuditTrail.BACKFILL_GATE_FAILED, "backfill batch " + batchId,
						"nothing published to " + target.location() + ": " + String.join("; ", failures));
			});
			return new Outcome(batchId, false, 0, plan.records(), target.location(), failures);
		}
		String digest = plan.keyDigestOrNull();
		String keysDigest = (digest != null) ? digest : AuditTrail.digestOfKeys(batches.includedKeys(batchId));
		int published = added;
		this.transactions.executeWithoutResult((status) -> {
			// The batch's keys are written from here on: the ledger follows its batch (see WriteLedger).
			batches.setStatus(batchId, BackfillBatches.PROMOTED,
					"published to " + target.location() + " (" + published + " new records)");
			this.audit.append(AuditTrail.BACKFILL_PROMOTED, "backfill batch " + batchId, "gate passed; " + published
					+ " of " + plan.records() + " planned records added to " + target.location() + "; keys sha256 "
					+ keysDigest);
		});
		return new Outcome(batchId, true, added, plan.records(), target.location(), List.of());
	}

	private List<String> gate(Staged staged, PlanTally plan, long ledgerKeys) {
		List<String> failures = new ArrayList<>();
		if (staged.records() != plan.records()) {
			failures.add("staged " + staged.records() + " records but the plan has " + plan.records());
		}
		if (staged.repeatedKeys() > 0) {
			failures.add(staged.repeatedKeys() + " staged records repeat a key");
		}
		if (staged.keyMismatch() != null) {
			failures.add("the staged keys are not the plan's: " + staged.keyMismatch());
		}
		if (staged.unreadable() > 0) {
			failures.add(staged.unreadable() + " staged rows do not read back through the target's contract");
		}
		Map<String, BigDecimal> planned = plan.totals();
		for (String currency : union(planned.keySet(), staged.totals().keySet())) {
			BigDecimal want = planned.getOrDefault(currency, BigDecimal.ZERO);
			BigDecimal got = staged.totals().getOrDefault(currency, BigDecimal.ZERO);
			if (want.compareTo(got) != 0) {
				failures.add(currency + " staged " + got.toPlainString() + " but planned " + want.toPlainString());
			}
		}
		if (ledgerKeys != plan.records()) {
			failures.add("the write ledger holds " + ledgerKeys + " keys of the batch but the plan has " + plan.records());
		}
		return failures;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

}
