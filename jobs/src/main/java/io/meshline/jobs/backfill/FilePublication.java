package io.meshline.jobs.backfill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.meshline.core.model.ErpInvoice;
import io.meshline.jobs.backfill.BackfillTarget.Staged;
import io.meshline.writers.export.ErpExportWriter;

/**
 * Promotion of a file target in one pass over the staged file. The stage step wrote the plan in
 * key order, so each staged record is checked against the plan's invoice at the same position; it
 * is tallied for the gate and, when the published file does not hold its key yet, the planned
 * invoice is appended to a copy of the published file. Publishing moves the copy into place, so a
 * crash never leaves half a file; closing without publishing deletes the copy. Not thread-safe.
 */
final class FilePublication implements BackfillTarget.Publication {

	private final Path published;

	private final Path copy;

	private final Staged staged;

	private final int added;

	private FilePublication(Path published, Path copy, Staged staged, int added) {
		this.published = published;
		this.copy = copy;
		this.staged = staged;
		this.added = added;
	}

	static FilePublication prepare(FileTarget target, Path stagedFile, Path published, PlanSource plan)
			throws IOException {
		Path copy = published.resolveSibling(published.getFileName() + ".publishing");
		Files.deleteIfExists(copy);
		if (!FileTarget.hasRows(stagedFile)) {
			return new FilePublication(published, copy, new Staged(0, 0, null, Map.of(), 0), 0);
		}
		Set<String> present = FileTarget.hasRows(published) ? target.publishedKeysAmong(stagedFile) : Set.of();
		try (Pass pass = new Pass(target, plan, present, published, copy)) {
			target.read(stagedFile, pass::staged, pass::unreadable);
			pass.close();
			return new FilePublication(published, copy, pass.result(), pass.added);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

	@Override
	public Staged staged() {
		return this.staged;
	}

	@Override
	public int publish() throws IOException {
		if (this.added > 0) {
			Files.move(this.copy, this.published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		return this.added;
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.copy);
	}

	/** The pass over the staged file: the gate's tally, and the copy of the published file to publish. */
	private static final class Pass implements AutoCloseable {

		private final FileTarget target;

		private final PlanSource plan;

		private final Set<String> present;

		private final Path published;

		private final Path copy;

		private final Map<String, BigDecimal> totals = new TreeMap<>();

		private ErpExportWriter writer;

		private long records;

		private long unreadable;

		private String mismatch;

		private int added;

		Pass(FileTarget target, PlanSource plan, Set<String> present, Path published, Path copy) {
			this.target = target;
			this.plan = plan;
			this.present = present;
			this.published = published;
			this.copy = copy;
		}

		void staged(ErpInvoice invoice) {
			this.records++;
			this.totals.merge(invoice.currency(), invoice.amount(), BigDecimal::add);
			if (this.mismatch != null) {
				return;
			}
			PlannedInvoice planned = this.plan.next();
			if (planned == null || !planned.dealId().equals(invoice.dealRef())) {
				this.mismatch = "staged record " + this.records + " has key " + invoice.dealRef()
						+ ((planned != null) ? " where the plan has " + planned.dealId() : " past the plan's end");
				return;
			}
			if (!this.present.contains(planned.dealId())) {
				this.target.write(writer(), planned);
				this.added++;
			}
		}

		void unreadable() {
			this.unreadable++;
		}

		Staged result() {
			// Plan keys are distinct and every staged key matched the plan's at its position: no repeats.
			return new Staged(this.records, 0, this.mismatch, this.totals, this.unreadable);
		}

		/** The copy of the published file, made when the first record is to be added. */
		private ErpExportWriter writer() {
			if (this.writer == null) {
				try {
					Files.createDirectories(this.published.toAbsolutePath().getParent());
					if (Files.exists(this.published)) {
						Files.copy(this.published, this.copy, StandardCopyOption.REPLACE_EXISTING);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not copy " + this.published + " to " + this.copy
							+ ": " + ex.getMessage(), ex);
				}
				this.writer = this.target.appendingWriter(this.copy);
			}
			return this.writer;
		}

		@Override
		public void close() throws IOException {
			if (this.writer != null) {
				this.writer.close();
				this.writer = null;
			}
		}

	}

}
