package io.meshline.reports.data;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One backfill batch and the writes it planned in one currency, as the month-end pack lists them.
 * A batch that planned nothing has one line with no currency. Immutable.
 *
 * @param batchId the batch
 * @param fromRun the reconcile run whose findings it backfills
 * @param target the target kind, such as {@code netsuite-csv}
 * @param dryRun whether it only wrote a plan
 * @param samplePct the slice, such as {@code 10}
 * @param status the batch status, such as {@code PUBLISHED}
 * @param updated when the batch last changed
 * @param currency the currency of this line, or {@code null}
 * @param keys the deals planned in that currency
 * @param amount their total, or {@code null}
 */
public record BackfillBatchLine(long batchId, long fromRun, String target, boolean dryRun, String samplePct,
		String status, LocalDateTime updated, String currency, long keys, BigDecimal amount) {
}
