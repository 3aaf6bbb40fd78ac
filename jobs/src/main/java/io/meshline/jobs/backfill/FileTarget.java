package io.meshline.jobs.backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.meshline.core.contract.RowResult;
import io.meshline.core.model.ErpInvoice;
import io.meshline.readers.contract.ContractCatalog;
import io.meshline.readers.csv.ExportReader;
import io.meshline.writers.csv.SpreadsheetSafeCell;
import io.meshline.writers.export.ErpExportWriter;

/**
 * A target that is an import file: each batch stages {@code staged-<batch>.csv} in its output
 * folder, and promotion merges the staged rows into the published import file, skipping keys the
 * file already holds, through a temporary file moved into place so a crash never leaves half a
 * file. Both files are read back through the built-in reader contract of the format.
 */
abstract class FileTarget implements BackfillTarget {

	private static final String POSITION = "staged.bytes";

	/** The cells {@link #formulaCell} checks, in the order it reports them. */
	private static final String[] CELL_NAMES = { "deal id", "customer", "account name", "deal name" };

	private final Path published;

	private final Path outDir;

	FileTarget(Path published, Path outDir) {
		this.published = published;
		this.outDir = outDir;
	}

	/** The built-in contract that reads the format. */
	abstract String contract();

	/** A writer that appends to {@code file}. */
	abstract ErpExportWriter appendingWriter(Path file);

	/** Writes one invoice through the format's writer. */
	abstract void write(ErpExportWriter writer, PlannedInvoice invoice);

	@Override
	public String ledgerName() {
		// The ERP the file is imported into cannot be told from the file name: one ledger per format.
		return kind();
	}

	@Override
	public String location() {
		return this.published.toString();
	}

	/**
	 * Why an invoice cannot go into an import file because one of its cells would run as a formula
	 * when the file is opened in a spreadsheet, or {@code null}. Neutralising the cell, as the report
	 * files do, would change the value the ERP imports (a key with a leading quote matches no deal),
	 * so such an invoice is left out with this reason instead.
	 */
	static String formulaCell(PlannedInvoice invoice, String customer) {
		// Asked of every candidate: plain arrays, not a map built per invoice.
		String[] values = { invoice.dealId(), customer, invoice.accountName(), invoice.description() };
		for (int i = 0; i < values.length; i++) {
			String value = values[i];
			if (value != null && !SpreadsheetSafeCell.of(value).equals(value)) {
				return "the " + CELL_NAMES[i] + " " + value + " would run as a formula when the import file is "
						+ "opened in a spreadsheet";
			}
		}
		return null;
	}

	Path stagedFile(long batchId) {
		return this.outDir.resolve("staged-" + batchId + ".csv");
	}

	@Override
	public StagingArea stagingArea(long batchId) {
		return new StagedFile(stagedFile(batchId));
	}

	@Override
	public Publication prepare(long batchId, PlanSource plan) throws IOException {
		return FilePublication.prepare(this, stagedFile(batchId), this.published, plan);
	}

	/**
	 * Of the keys staged in {@code staged}, those the published file holds already. A compact filter
	 * of the staged keys picks the candidates while the published file streams past, so memory holds
	 * only keys the file may have, never the whole file's.
	 */
	Set<String> publishedKeysAmong(Path staged) throws IOException {
		KeyHashes batch = new KeyHashes();
		read(staged, (invoice) -> batch.add(invoice.dealRef()), () -> {
		});
		batch.seal();
		Set<String> present = new HashSet<>();
		read(this.published, (invoice) -> {
			if (batch.mightContain(invoice.dealRef())) {
				present.add(invoice.dealRef());
			}
		}, () -> {
		});
		return present;
	}

	@Override
	public Map<String, List<Landed>> readBack(Set<String> keys) throws IOException {
		Map<String, List<Landed>> landed = new HashMap<>();
		if (hasRows(this.published)) {
			read(this.published, (invoice) -> {
				if (keys.contains(invoice.dealRef())) {
					landed.computeIfAbsent(invoice.dealRef(), (k) -> new ArrayList<>())
						.add(new Landed(invoice.invoiceId(), invoice.currency(), invoice.amount()));
				}
			}, () -> {
			});
		}
		return landed;
	}

	/** An empty file is what a batch with nothing to stage leaves: no header, no rows. */
	static boolean hasRows(Path file) throws IOException {
		return Files.exists(file) && Files.size(file) > 0;
	}

	void read(Path file, Consumer<ErpInvoice> accepted, Runnable rejected) throws IOException {
		try (ExportReader<ErpInvoice> reader = ExportReader.erp(file, ContractCatalog.builtIn(contract()))) {
			while (reader.hasNext()) {
				RowResult<ErpInvoice> row = reader.next();
				if (row instanceof RowResult.Accepted<ErpInvoice> ok) {
					accepted.accept(ok.record());
				}
				else {
					rejected.run();
				}
			}
		}
	}

	/** The staged file, appended chunk by chunk (see {@link CommittedFile}). */
	private final class StagedFile implements StagingArea {

		private final CommittedFile file;

		StagedFile(Path file) {
			this.file = new CommittedFile(file, POSITION);
		}

		@Override
		public void open(ExecutionContext context) {
			this.file.open(context);
		}

		@Override
		public void stage(List<PlannedInvoice> invoices) {
			this.file.append((path) -> {
				try (ErpExportWriter writer = appendingWriter(path)) {
					for (PlannedInvoice invoice : invoices) {
						write(writer, invoice);
					}
				}
			});
		}

		@Override
		public void update(ExecutionContext context) {
			this.file.update(context);
		}

		@Override
		public void close() {
		}

	}

}
