package io.meshline.jobs.backfill;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.backfill.BackfillBatches.Batch;
import io.meshline.jobs.backfill.BackfillTarget.Staged;

/**
 * {@code promote}: publishes a staged batch only when its QA gate passes: the staging area, read
 * back, holds as many records and distinct keys as the plan, none unreadable, and the same total
 * per currency. A failed gate publishes nothing and records why. Publishing merges on the
 * idempotency key, so promoting again (after a crash, or by mistake) adds nothing twice.
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
	public record Outcome(long batchId, boolean published, int added, int planned, String location,
			List<String> failures) {
	}

	/**
	 * @throws IllegalArgumentException when there is no such batch or it is a dry run
	 */
	public Outcome promote(long batchId) throws IOException {
		BackfillBatches batches = new BackfillBatches(this.jdbc);
		Batch batch = BatchLookup.staged(batches, batchId);
		BackfillTarget target = batch.openTarget();
		Map<String, PlannedInvoice> plan = batches.included(batchId);
		List<String> failures = gate(batch, target, plan);
		if (!failures.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> {
				batches.setStatus(batchId, BackfillBatches.GATE_FAILED, String.join("; ", failures));
				this.audit.append(AuditTrail.BACKFILL_GATE_FAILED, "backfill batch " + batchId,
						"nothing published to " + target.location() + ": " + String.join("; ", failures));
			});
			return new Outcome(batchId, false, 0, plan.size(), target.location(), failures);
		}
		int added = target.publish(batchId, plan);
		this.transactions.executeWithoutResult((status) -> {
			new WriteLedger(this.jdbc).markWritten(batchId);
			batches.setStatus(batchId, BackfillBatches.PROMOTED,
					"published to " + target.location() + " (" + added + " new records)");
			this.audit.append(AuditTrail.BACKFILL_PROMOTED, "backfill batch " + batchId, "gate passed; " + added
					+ " of " + plan.size() + " planned records added to " + target.location() + "; keys sha256 "
					+ AuditTrail.digestOfKeys(plan.keySet()));
		});
		return new Outcome(batchId, true, added, plan.size(), target.location(), List.of());
	}

	private List<String> gate(Batch batch, BackfillTarget target, Map<String, PlannedInvoice> plan)
			throws IOException {
		List<String> failures = new ArrayList<>();
		Staged staged = target.staged(batch.batchId());
		if (staged.records() != plan.size()) {
			failures.add("staged " + staged.records() + " records but the plan has " + plan.size());
		}
		if (staged.distinctKeys() != staged.records()) {
			failures.add((staged.records() - staged.distinctKeys()) + " staged records repeat a key");
		}
		if (staged.unreadable() > 0) {
			failures.add(staged.unreadable() + " staged rows do not read back through the target's contract");
		}
		Map<String, BigDecimal> planned = BackfillBatches.totals(plan.values());
		for (String currency : new TreeSet<>(union(planned, staged.totals()))) {
			BigDecimal want = planned.getOrDefault(currency, BigDecimal.ZERO);
			BigDecimal got = staged.totals().getOrDefault(currency, BigDecimal.ZERO);
			if (want.compareTo(got) != 0) {
				failures.add(currency + " staged " + got.toPlainString() + " but planned " + want.toPlainString());
			}
		}
		long ledgerKeys = new WriteLedger(this.jdbc).count(batch.batchId(), WriteLedger.STAGED)
				+ new WriteLedger(this.jdbc).count(batch.batchId(), WriteLedger.WRITTEN);
		if (ledgerKeys != plan.size()) {
			failures.add("the write ledger holds " + ledgerKeys + " staged or written keys of the batch but the plan has "
					+ plan.size());
		}
		return failures;
	}

	private static java.util.Set<String> union(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
		java.util.Set<String> all = new TreeSet<>(a.keySet());
		all.addAll(b.keySet());
		return all;
	}

}
