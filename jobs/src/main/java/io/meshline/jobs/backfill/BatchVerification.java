package io.meshline.jobs.backfill;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.meshline.jobs.backfill.BackfillBatches.Batch;
import io.meshline.jobs.backfill.BackfillTarget.Landed;
import io.meshline.writers.csv.CsvFileWriter;
import io.meshline.writers.csv.SpreadsheetSafeCell;

/**
 * {@code verify}: reads the published target back (through the format's reader contract for
 * files) and checks exactly the batch's planned keys: each must be there once, in the planned
 * currency and amount. Every other outcome is a residual, written to {@code verify.csv} in the
 * batch's output folder.
 */
@Component
public class BatchVerification {

	private final JdbcTemplate jdbc;

	public BatchVerification(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** One key that did not land as planned. */
	public record Residual(String key, String kind, String detail) {
	}

	public record Report(long batchId, int keysChecked, String location, List<Residual> residuals, Path file) {
	}

	public Report verify(long batchId) throws IOException {
		BackfillBatches batches = new BackfillBatches(this.jdbc);
		Batch batch = BatchLookup.staged(batches, batchId);
		BackfillTarget target = batch.openTarget();
		Map<String, PlannedInvoice> plan = batches.included(batchId);
		Map<String, List<Landed>> landed = target.readBack(plan.keySet());
		List<Residual> residuals = new ArrayList<>();
		for (PlannedInvoice p : plan.values()) {
			List<Landed> found = landed.getOrDefault(p.dealId(), List.of());
			if (found.isEmpty()) {
				residuals.add(new Residual(p.dealId(), "MISSING", "no record references the key"));
				continue;
			}
			if (found.size() > 1) {
				residuals.add(new Residual(p.dealId(), "DUPLICATED", found.size() + " records reference the key: "
						+ String.join("|", found.stream().map(Landed::invoiceId).toList())));
			}
			BigDecimal inCurrency = BigDecimal.ZERO;
			for (Landed l : found) {
				if (l.currency().equals(p.currency())) {
					inCurrency = inCurrency.add(l.amount());
				}
				else {
					residuals.add(new Residual(p.dealId(), "CURRENCY", "invoice " + l.invoiceId() + " is in "
							+ l.currency() + " but the plan is in " + p.currency()));
				}
			}
			if (found.size() == 1 && inCurrency.compareTo(p.amount()) != 0) {
				residuals.add(new Residual(p.dealId(), "AMOUNT", "landed " + inCurrency.toPlainString() + " "
						+ p.currency() + " but planned " + p.amount().toPlainString()));
			}
		}
		Files.createDirectories(batch.outDir());
		Path file = batch.outDir().resolve("verify.csv");
		VerifyCsvWriter.write(file, residuals);
		return new Report(batchId, plan.size(), target.location(), residuals, file);
	}

	/** {@code verify.csv}: one row per residual. */
	private static final class VerifyCsvWriter extends CsvFileWriter {

		private VerifyCsvWriter(Path file) {
			super(file, false, "key", "residual", "detail");
		}

		static void write(Path file, List<Residual> residuals) throws IOException {
			try (VerifyCsvWriter writer = new VerifyCsvWriter(file)) {
				for (Residual r : residuals) {
					writer.printRow(SpreadsheetSafeCell.of(r.key()), r.kind(), SpreadsheetSafeCell.of(r.detail()));
				}
			}
		}

	}

}
