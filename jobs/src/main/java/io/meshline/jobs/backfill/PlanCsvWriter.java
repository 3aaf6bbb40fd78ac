package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.meshline.jobs.backfill.BackfillBatches.PlanRow;
import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * {@code plan.csv}: one row per deal of the plan, in key order: what would be written, or why not.
 * Written a chunk at a time: each call adds rows to the end, the header first when the file is empty.
 */
final class PlanCsvWriter extends CsvFileWriter {

	static final String[] HEADER = { "key", "amount", "currency", "target_record", "action", "reason" };

	private PlanCsvWriter(Path file) {
		super(file, true, false, HEADER);
	}

	/**
	 * @param why why every deal is in the plan: the finding, the run and the slice
	 * @param target the target, which names the record each deal becomes
	 */
	static void append(Path file, List<PlanRow> rows, String why, BackfillTarget target) throws IOException {
		try (PlanCsvWriter writer = new PlanCsvWriter(file)) {
			for (PlanRow row : rows) {
				writer.printRow(SpreadsheetSafeCell.of(row.invoice().dealId()),
						amount(row.invoice().amount(), row.invoice().currency()), row.invoice().currency(),
						SpreadsheetSafeCell.of(target.recordFor(row.invoice())), row.included() ? "write" : "skip",
						SpreadsheetSafeCell.of(row.reason(why)));
			}
		}
	}

}
