package io.meshline.jobs.reconcile.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/**
 * A run's findings kept in files beside the database, one file per partition in report order, so
 * that {@code discrepancies.csv} is a merge of those files instead of a read of every finding back
 * from the database: HSQLDB copies a large ordered result into a temporary table first, which made
 * writing the outputs cost as much as classifying. The database keeps the findings as well; the files
 * serve one run's outputs and go once they are written. A file set counts only once the classify
 * step marked it complete, with the number of findings it holds.
 */
public final class SortedFindings {

	private static final Comparator<PartitionResult.PlacedFinding> REPORT_ORDER = Comparator
		.comparingLong(PartitionResult.PlacedFinding::seq)
		.thenComparingInt(PartitionResult.PlacedFinding::item);

	private static final String COMPLETE = "complete";

	private static final int FINDING = 'F';

	private static final FindingType[] TYPES = FindingType.values();

	private final Path directory;

	private SortedFindings(Path directory) {
		this.directory = directory;
	}

	/** The findings files of a run, in {@code directory}. */
	public static SortedFindings in(Path directory) {
		return new SortedFindings(directory);
	}

	/** Removes what an earlier attempt of the run left and makes the directory again. */
	void clear() throws IOException {
		delete();
		Files.createDirectories(this.directory);
	}

	/** Writes one partition's findings, sorted; called by the thread that classified it. */
	void write(int partition, List<PartitionResult.PlacedFinding> findings) throws IOException {
		List<PartitionResult.PlacedFinding> sorted = new ArrayList<>(findings);
		sorted.sort(REPORT_ORDER);
		try (SpillOutput out = new SpillOutput(Files.newOutputStream(this.directory.resolve("p-" + partition + ".bin")))) {
			for (PartitionResult.PlacedFinding placed : sorted) {
				out.writeByte(FINDING);
				out.writeLong(placed.seq());
				out.writeLong(placed.item());
				writeFinding(out, placed.finding());
			}
		}
	}

	/** Marks the set complete: every partition's file is written and the database holds the same findings. */
	void complete(long findings) throws IOException {
		Files.writeString(this.directory.resolve(COMPLETE), Long.toString(findings), StandardCharsets.US_ASCII);
	}

	/** Whether the classify step completed the set (it may be gone, or from an interrupted attempt). */
	public boolean isComplete() {
		return Files.isRegularFile(this.directory.resolve(COMPLETE));
	}

	/**
	 * Hands every finding to {@code consumer} in report order: group position, then item.
	 * @return the group position of the last finding, or -1 when there was none
	 * @throws IllegalStateException when the files do not hold the number of findings the set was completed with
	 */
	public long forEachInOrder(Consumer<Finding> consumer) {
		List<Reader> readers = new ArrayList<>();
		try {
			long expected = Long.parseLong(Files.readString(this.directory.resolve(COMPLETE)).trim());
			PriorityQueue<Reader> queue = new PriorityQueue<>(Comparator.comparing(Reader::head, REPORT_ORDER));
			try (Stream<Path> files = Files.list(this.directory)) {
				for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".bin")).toList()) {
					Reader reader = new Reader(new SpillInput(file));
					readers.add(reader);
					if (reader.advance()) {
						queue.add(reader);
					}
				}
			}
			long merged = 0;
			long last = -1;
			while (!queue.isEmpty()) {
				Reader reader = queue.poll();
				consumer.accept(reader.head().finding());
				last = reader.head().seq();
				merged++;
				if (reader.advance()) {
					queue.add(reader);
				}
			}
			if (merged != expected) {
				throw new IllegalStateException("The findings files in " + this.directory + " hold " + merged
						+ " findings, not the " + expected + " the run stored.");
			}
			return last;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the findings files in " + this.directory, ex);
		}
		finally {
			readers.forEach(Reader::close);
		}
	}

	/** Removes the files. */
	public void delete() throws IOException {
		if (!Files.exists(this.directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		Files.deleteIfExists(this.directory);
	}

	private static void writeFinding(SpillOutput out, Finding f) throws IOException {
		out.writeByte(f.type().ordinal());
		out.writeString(f.crmId());
		out.writeLong(f.erpIds().size());
		for (String id : f.erpIds()) {
			out.writeString(id);
		}
		out.writeString(f.crmAccount());
		out.writeString(f.erpCustomer());
		out.writeString(f.currency());
		out.writeAmount(f.crmAmount());
		out.writeAmount(f.erpAmount());
		out.writeAmount(f.delta());
		out.writeDate(f.closeDate());
		out.writeDate(f.firstInvoiceDate());
		out.writeString(f.owner());
		out.writeAmount(f.atRisk());
		out.writeAmount(f.overBilled());
		out.writeString(f.detail());
	}

	private static Finding readFinding(SpillInput in) throws IOException {
		int ordinal = in.readTag();
		if (ordinal < 0 || ordinal >= TYPES.length) {
			throw new IOException("A findings file is damaged: finding type " + ordinal + ".");
		}
		FindingType type = TYPES[ordinal];
		String crmId = in.readString();
		int ids = (int) in.readLong();
		List<String> erpIds = new ArrayList<>(ids);
		for (int i = 0; i < ids; i++) {
			erpIds.add(in.readString());
		}
		return new Finding(type, crmId, erpIds, in.readString(), in.readString(), in.readString(), in.readAmount(),
				in.readAmount(), in.readAmount(), in.readDate(), in.readDate(), in.readString(), in.readAmount(),
				in.readAmount(), in.readString());
	}

	/** One partition's file, read a finding at a time. */
	private static final class Reader {

		private final SpillInput in;

		private PartitionResult.PlacedFinding head;

		Reader(SpillInput in) {
			this.in = in;
		}

		PartitionResult.PlacedFinding head() {
			return this.head;
		}

		boolean advance() throws IOException {
			int tag = this.in.readTag();
			if (tag < 0) {
				return false;
			}
			if (tag != FINDING) {
				throw new IOException("A findings file is damaged: record tag " + tag + ".");
			}
			this.head = new PartitionResult.PlacedFinding(this.in.readLong(), (int) this.in.readLong(), readFinding(this.in));
			return true;
		}

		void close() {
			try {
				this.in.close();
			}
			catch (IOException ex) {
				// closing a file only read from loses nothing
			}
		}

	}

}
