package io.meshline.jobs.reconcile.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.contract.Contract;
import io.meshline.core.contract.CrmRowMapper;
import io.meshline.core.contract.ErpRowMapper;
import io.meshline.core.model.CrmDeal;
import io.meshline.core.model.ErpInvoice;
import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.reconcile.FindingType;
import io.meshline.core.reconcile.GroupClassifier;
import io.meshline.core.reconcile.ReconcileScope;
import io.meshline.jobs.support.Futures;

/**
 * Reconciles two exports as a partitioned hash join. The exports are read through their contracts and
 * every record is spilled to the partition its deal key hashes to; then the partitions are read back
 * and classified, as many at a time as there are threads, while this thread stores each partition's
 * result as it comes. Memory holds the partitions being classified, never a whole export, so the heap
 * needed depends on the partition size, not on the files'.
 * <p>
 * Reading: each export is cut into chunks of whole records ({@link Settings#chunkBytes()}, 1 MiB by
 * default) by {@code RecordChunks}, a byte scan for line breaks outside quotes that counts lines, so
 * every chunk keeps the file's line numbers; every thread takes the next chunk of whichever export
 * has most bytes left ({@link ExportPartitioner}), so all threads read until both exports are read.
 * Chunks are stored in file order ({@link ExportSource}): partition files, rejections and results are
 * the same as when one thread read each export. Why chunks: one thread per export left a core idle
 * once the smaller export was read (on the 1M-deal set the CRM export is 115 MB and the ERP one 62 MB,
 * and the CRM thread took half again the ERP thread's CPU time); a pipeline, one thread parsing and
 * the other mapping and spilling, would be bound by parsing, three quarters of the work. A contract
 * whose charset, delimiter or comment prefix cannot be cut by bytes is read whole, by one thread.
 */
public final class PartitionedReconcile {

	/** Partitions a run aims for, when that keeps each between the smallest and the largest size. */
	static final int PARTITIONS = 256;

	/** Classified partitions that may wait to be stored. */
	private static final int WAITING = 4;

	private static final Logger LOG = LoggerFactory.getLogger(PartitionedReconcile.class);

	private final Inputs inputs;

	private final Settings settings;

	public PartitionedReconcile(Inputs inputs, Settings settings) {
		this.inputs = inputs;
		this.settings = settings;
	}

	/** The two exports, their contracts, and the rules to classify by. */
	public record Inputs(Path crm, Contract crmContract, String crmIdColumn, Path erp, Contract erpContract,
			String erpIdColumn, GroupClassifier classifier, DealPolicyCheck policyCheck, ReconcileScope scope) {
	}

	/**
	 * @param spillDirectory a directory of the run's own, removed afterwards
	 * @param findingsDirectory where the run's findings are kept for its outputs ({@link SortedFindings})
	 * @param threads threads that read and classify at once (at least 1)
	 * @param partitionBytes the most input bytes per partition: the heap holds a few times this per thread
	 * @param minPartitionBytes the fewest input bytes per partition, while there are at most
	 * {@value #PARTITIONS} partitions (see {@link #partitionCount(long, long, long)})
	 * @param chunkBytes about how many bytes of an export a reading thread takes at a time (at least 1):
	 * small enough that the threads finish reading together, large enough that a chunk's fixed costs
	 * do not show; the heap holds a few times this per thread
	 */
	public record Settings(Path spillDirectory, Path findingsDirectory, int threads, long partitionBytes,
			long minPartitionBytes, int chunkBytes) {
	}

	/** Hears how far the run is: rows read (from both reading threads), then partitions done. */
	public interface Progress {

		void rowsRead(long rows);

		void partitionsDone(int done, int total, long startedNanos);

	}

	/** What the run came to, to be kept with the step. */
	public record Outcome(SideCounts crm, SideCounts erp, long dealsInScope, long matchedDeals, long duplicateFindings,
			int partitions) {
	}

	/**
	 * Runs the join; {@code writer} stores every result, {@code progress} hears of rows read.
	 * @throws UncheckedIOException when an export or a spill file cannot be read or written
	 */
	public Outcome run(JdbcTemplate jdbc, long runId, ResultWriter writer, Progress progress) {
		writer.clearRun();
		SortedFindings findings = SortedFindings.in(this.settings.findingsDirectory());
		int partitions = partitionCount();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, this.settings.threads()), (task) -> {
			Thread thread = new Thread(task, "meshline-reconcile");
			thread.setDaemon(true);
			return thread;
		});
		long started = System.nanoTime();
		try (PartitionFiles files = PartitionFiles.create(this.settings.spillDirectory(), partitions);
				ExportSource<CrmDeal> crmSource = ExportSource.open(this.inputs.crm(), this.inputs.crmContract(),
						CrmRowMapper::bind, SpillSide.crm(files, this.inputs.crmIdColumn()),
						new RejectSink(jdbc, writer.transactionManager(), runId, "CRM"), this.settings.chunkBytes());
				ExportSource<ErpInvoice> erpSource = ExportSource.open(this.inputs.erp(), this.inputs.erpContract(),
						ErpRowMapper::bind, SpillSide.erp(files, this.inputs.erpIdColumn()),
						new RejectSink(jdbc, writer.transactionManager(), runId, "ERP"), this.settings.chunkBytes())) {
			findings.clear();
			List<ExportSource<?>> sources = List.of(crmSource, erpSource);
			AtomicBoolean failed = new AtomicBoolean();
			List<Future<Void>> readers = new ArrayList<>();
			for (int t = 0; t < Math.max(1, this.settings.threads()); t++) {
				readers.add(pool.submit(new ExportPartitioner(sources, progress::rowsRead, failed)));
			}
			for (Future<Void> reader : readers) {
				await(reader);
			}
			SideCounts crmCounts = crmSource.finish();
			SideCounts erpCounts = erpSource.finish();
			long read = System.nanoTime();
			PartitionResult total = classifyAll(files, findings, pool, writer, progress);
			LOG.info("Read {} CRM and {} ERP rows into {} partitions in {} ms; classified and stored them in {} ms",
					crmCounts.read(), erpCounts.read(), partitions, (read - started) / 1_000_000,
					(System.nanoTime() - read) / 1_000_000);
			writer.transaction().executeWithoutResult((status) -> total.volumes.store(jdbc, runId));
			findings.complete(total.findingCount);
			return new Outcome(crmCounts.withRepeatedIds(crmCounts.accepted() - total.acceptedDeals), erpCounts,
					total.dealsInScope, total.matchedDeals, total.duplicateFindings, partitions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Keeps at most one partition per thread being classified, plus a few classified and waiting to
	 * be stored, so memory stays bounded (a waiting result is its findings and deals, not its
	 * partition) and no thread idles while this one stores; stores results in order. Storing is the
	 * longer task: with one result waiting, this thread spent 0.4 s of a 1M run's 1.8 s of classifying
	 * waiting for the next partition in order, with {@value #WAITING} 0.16 s.
	 */
	private PartitionResult classifyAll(PartitionFiles files, SortedFindings findings, ExecutorService pool,
			ResultWriter writer, Progress progress) {
		PartitionClassifier classifier = new PartitionClassifier(this.inputs.classifier(), this.inputs.policyCheck(),
				this.inputs.scope(), this.inputs.crm().toString(), this.inputs.crmIdColumn());
		PartitionResult total = new PartitionResult();
		Deque<Future<PartitionResult>> inFlight = new ArrayDeque<>();
		int next = 0;
		int done = 0;
		long started = System.nanoTime();
		while (next < files.count() || !inFlight.isEmpty()) {
			while (next < files.count() && inFlight.size() < Math.max(1, this.settings.threads()) + WAITING) {
				int p = next++;
				inFlight.add(pool.submit(() -> {
					PartitionResult result = classifier.classify(files.read(p));
					findings.write(p, result.findings);
					return result;
				}));
			}
			long waitFrom = System.nanoTime();
			PartitionResult result = await(inFlight.removeFirst());
			long storeFrom = System.nanoTime();
			writer.write(result);
			LOG.debug("Partition waited for {} ms, stored in {} ms ({} findings)", (storeFrom - waitFrom) / 1_000_000,
					(System.nanoTime() - storeFrom) / 1_000_000, result.findings.size());
			total.volumes.addAll(result.volumes);
			total.dealsInScope += result.dealsInScope;
			total.matchedDeals += result.matchedDeals;
			total.acceptedDeals += result.acceptedDeals;
			total.findingCount += result.findings.size();
			total.duplicateFindings += result.findings.stream()
				.filter((placed) -> placed.finding().type() == FindingType.DUPLICATE_IN_ERP).count();
			progress.partitionsDone(++done, files.count(), started);
		}
		return total;
	}

	/**
	 * How many partitions: {@value #PARTITIONS} of the input, each between the smallest and the largest
	 * partition size (the largest wins when a setting puts it below the smallest). A partition's maps
	 * outlive a few young collections, each of which copies them, so smaller partitions cost the
	 * collector less: at 1M deals, 2 MiB partitions instead of 8 MiB took the run from 6.7-7.0 s to
	 * 6.0-6.1 s and its peak from 750-800 MB to 604 MB. The count stays bounded as the input grows
	 * because each partition keeps two spill files open, with a 64 KB buffer each, while the exports
	 * are read. At most 4,096, at least one.
	 */
	private int partitionCount() {
		try {
			return partitionCount(Files.size(this.inputs.crm()) + Files.size(this.inputs.erp()),
					this.settings.partitionBytes(), this.settings.minPartitionBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The partition count for {@code bytes} of input, as {@link #partitionCount()} explains. */
	static int partitionCount(long bytes, long partitionBytes, long minPartitionBytes) {
		long size = Math.max(1, Math.min(partitionBytes, Math.max(minPartitionBytes, bytes / PARTITIONS)));
		long count = (bytes + size - 1) / size;
		return (int) Math.max(1, Math.min(count, 4_096));
	}

	private static <T> T await(Future<T> future) {
		try {
			return Futures.await(future, "reconciling");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex.getMessage(), ex);
		}
	}

}
