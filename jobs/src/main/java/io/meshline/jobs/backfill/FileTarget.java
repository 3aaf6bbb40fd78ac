package io.meshline.jobs.backfill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
		Map<String, String> cells = new java.util.LinkedHashMap<>();
		cells.put("deal id", invoice.dealId());
		cells.put("customer", customer);
		cells.put("account name", invoice.accountName());
		cells.put("deal name", invoice.description());
		for (Map.Entry<String, String> cell : cells.entrySet()) {
			String value = cell.getValue();
			if (value != null && !SpreadsheetSafeCell.of(value).equals(value)) {
				return "the " + cell.getKey() + " " + value + " would run as a formula when the import file is "
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
	public Staged staged(long batchId) throws IOException {
		Path file = stagedFile(batchId);
		if (!hasRows(file)) {
			return new Staged(0, 0, Map.of(), 0);
		}
		long[] counts = new long[2];
		Set<String> keys = new HashSet<>();
		Map<String, BigDecimal> totals = new TreeMap<>();
		read(file, (invoice) -> {
			counts[0]++;
			keys.add(invoice.dealRef());
			totals.merge(invoice.currency(), invoice.amount(), BigDecimal::add);
		}, () -> counts[1]++);
		return new Staged(counts[0], keys.size(), totals, counts[1]);
	}

	@Override
	public int publish(long batchId, Map<String, PlannedInvoice> plan) throws IOException {
		if (!hasRows(stagedFile(batchId))) {
			return 0;
		}
		Set<String> present = new HashSet<>();
		if (hasRows(this.published)) {
			read(this.published, (invoice) -> present.add(invoice.dealRef()), () -> {
			});
		}
		Set<String> adding = new LinkedHashSet<>();
		read(stagedFile(batchId), (invoice) -> {
			if (!present.contains(invoice.dealRef()) && plan.containsKey(invoice.dealRef())) {
				adding.add(invoice.dealRef());
			}
		}, () -> {
		});
		if (adding.isEmpty()) {
			return 0;
		}
		Path temp = this.published.resolveSibling(this.published.getFileName() + ".publishing");
		Files.createDirectories(this.published.toAbsolutePath().getParent());
		if (Files.exists(this.published)) {
			Files.copy(this.published, temp, StandardCopyOption.REPLACE_EXISTING);
		}
		else {
			Files.deleteIfExists(temp);
		}
		try (ErpExportWriter writer = appendingWriter(temp)) {
			for (String key : adding) {
				write(writer, plan.get(key));
			}
		}
		Files.move(temp, this.published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return adding.size();
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
	private static boolean hasRows(Path file) throws IOException {
		return Files.exists(file) && Files.size(file) > 0;
	}

	private void read(Path file, Consumer<ErpInvoice> accepted, Runnable rejected) throws IOException {
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

	/**
	 * The staged file, appended chunk by chunk. It remembers its length at each commit; on open it
	 * cuts off whatever a failed execution appended after that, and each attempt at a chunk starts
	 * from the chunk's first byte, so a retried or replayed chunk is in the file once.
	 */
	private final class StagedFile implements StagingArea {

		private final Path file;

		private long position;

		StagedFile(Path file) {
			this.file = file;
		}

		@Override
		public void open(ExecutionContext context) {
			this.position = context.getLong(POSITION, 0L);
			truncate(this.position);
		}

		@Override
		public void stage(List<PlannedInvoice> invoices) {
			truncate(this.position);
			try (ErpExportWriter writer = appendingWriter(this.file)) {
				for (PlannedInvoice invoice : invoices) {
					write(writer, invoice);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write " + this.file + ": " + ex.getMessage(), ex);
			}
			try {
				this.position = Files.size(this.file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void update(ExecutionContext context) {
			context.putLong(POSITION, this.position);
		}

		@Override
		public void close() {
		}

		private void truncate(long size) {
			try {
				Files.createDirectories(this.file.getParent());
				try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.CREATE,
						StandardOpenOption.WRITE)) {
					if (channel.size() > size) {
						channel.truncate(size);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not prepare " + this.file + ": " + ex.getMessage(), ex);
			}
		}

	}

}
