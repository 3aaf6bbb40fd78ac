package io.meshline.jobs.reconcile.partition;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.meshline.core.model.ErpInvoice;

/**
 * A run's spill directory: each export's records hashed by deal key into {@code count} files, so a
 * deal and every invoice line that references it land in the same partition and one partition at
 * a time fits in memory however large the exports are. Lines that reference no deal are spread by
 * invoice id instead, since one key would otherwise gather them all. Records arrive encoded, a
 * chunk of an export at a time ({@link ChunkSpill}); each side's files are appended to by one thread
 * at a time, in file order ({@link ExportSource}).
 */
final class PartitionFiles implements Closeable {

	private final Path directory;

	private final int count;

	private final SpillOutput[] crm;

	private final SpillOutput[] erp;

	private PartitionFiles(Path directory, int count) throws IOException {
		this.directory = directory;
		this.count = count;
		this.crm = new SpillOutput[count];
		this.erp = new SpillOutput[count];
		for (int p = 0; p < count; p++) {
			this.crm[p] = new SpillOutput(Files.newOutputStream(crmFile(p)));
			this.erp[p] = new SpillOutput(Files.newOutputStream(erpFile(p)));
		}
	}

	/** Creates {@code directory} afresh (a killed run may have left one) with {@code count} partitions. */
	static PartitionFiles create(Path directory, int count) throws IOException {
		deleteTree(directory);
		Files.createDirectories(directory);
		return new PartitionFiles(directory, count);
	}

	int count() {
		return this.count;
	}

	/** The partition of a deal, and of a rejected CRM row with the same id. */
	int partitionOfDeal(String dealId) {
		return partitionOf(dealId);
	}

	/** The partition of an invoice line: its deal's, or by its own id when it names none. */
	int partitionOfLine(ErpInvoice line) {
		return partitionOf((line.dealRef() != null) ? line.dealRef() : line.invoiceId());
	}

	/** Appends encoded CRM records to partition {@code p}. */
	void appendCrm(int p, byte[] bytes, int offset, int length) throws IOException {
		this.crm[p].writeBytes(bytes, offset, length);
	}

	/** Appends encoded ERP records to partition {@code p}. */
	void appendErp(int p, byte[] bytes, int offset, int length) throws IOException {
		this.erp[p].writeBytes(bytes, offset, length);
	}

	/** Ends the CRM side: its files are complete once this returns. */
	void finishCrm() throws IOException {
		closeAll(this.crm);
	}

	/** Ends the ERP side. */
	void finishErp() throws IOException {
		closeAll(this.erp);
	}

	/** Reads partition {@code p} back; both sides must be finished. */
	PartitionRows read(int p) throws IOException {
		PartitionRows rows = new PartitionRows(p);
		try (SpillInput in = new SpillInput(crmFile(p))) {
			for (int tag = in.readTag(); tag >= 0; tag = in.readTag()) {
				if (tag == SpilledRecords.DEAL) {
					rows.deals().add(SpilledRecords.readDeal(in));
				}
				else {
					rows.rejectedIds().add(SpilledRecords.readRejectedId(in));
				}
			}
		}
		try (SpillInput in = new SpillInput(erpFile(p))) {
			for (int tag = in.readTag(); tag >= 0; tag = in.readTag()) {
				rows.lines().add(SpilledRecords.readLine(in));
			}
		}
		Files.delete(crmFile(p));
		Files.delete(erpFile(p));
		return rows;
	}

	private int partitionOf(String key) {
		int h = key.hashCode();
		return Math.floorMod(h ^ (h >>> 16), this.count);
	}

	private Path crmFile(int p) {
		return this.directory.resolve("crm-" + p + ".bin");
	}

	private Path erpFile(int p) {
		return this.directory.resolve("erp-" + p + ".bin");
	}

	private static void closeAll(SpillOutput[] outputs) throws IOException {
		IOException first = null;
		for (SpillOutput out : outputs) {
			try {
				out.close();
			}
			catch (IOException ex) {
				first = (first != null) ? first : ex;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	/** Closes whatever is open and removes the directory. */
	@Override
	public void close() throws IOException {
		try {
			finishCrm();
			finishErp();
		}
		finally {
			deleteTree(this.directory);
		}
	}

	private static void deleteTree(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(directory)) {
			paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
		}
		for (Path path : paths) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot remove the spill file " + path, ex);
			}
		}
	}

}
