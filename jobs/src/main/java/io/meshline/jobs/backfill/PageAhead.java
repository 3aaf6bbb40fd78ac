package io.meshline.jobs.backfill;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Hands out the pages of a paged read in order, each fetched on a background thread while the
 * caller works through the one before: reading a batch's plan and writing files from it (staging,
 * promotion) then use both cores instead of taking turns on one. (A step that stores into the same
 * embedded database meanwhile gains nothing: both threads then wait on HSQLDB's row cache.) The pages come
 * from one supplier, called once at a time, so it may keep its position in plain fields; it reads
 * through its own pooled connection, which sees what is committed (every page of a backfill is
 * data an earlier step, run or batch committed). A page that failed throws from {@link #next()}.
 * The background thread ends by itself a second after its last page. Not thread-safe.
 *
 * @param <T> the rows of a page
 */
final class PageAhead<T> {

	private static final ThreadPoolExecutor PREFETCH = prefetchThread();

	private final Supplier<List<T>> pages;

	private Future<List<T>> ahead;

	private boolean ended;

	/**
	 * @param pages the next page at each call, an empty list past the last
	 */
	PageAhead(Supplier<List<T>> pages) {
		this.pages = pages;
	}

	/** The next page, an empty list past the last; the one after it is fetched meanwhile. */
	List<T> next() {
		if (this.ended) {
			return List.of();
		}
		if (this.ahead == null) {
			this.ahead = PREFETCH.submit(this.pages::get);
		}
		List<T> page = await(this.ahead);
		this.ended = page.isEmpty();
		this.ahead = this.ended ? null : PREFETCH.submit(this.pages::get);
		return page;
	}

	private static <T> List<T> await(Future<List<T>> page) {
		try {
			return page.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Could not read a page: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading a page", ex);
		}
	}

	/**
	 * One daemon thread shared by every reader: pages are fetched one at a time, in the order asked,
	 * and a reader waits only for its own. No thread is kept while nothing is read.
	 */
	private static ThreadPoolExecutor prefetchThread() {
		ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, "meshline-page-ahead");
					thread.setDaemon(true);
					return thread;
				});
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

}
