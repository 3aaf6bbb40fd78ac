package io.meshline.jobs.backfill;

import java.util.Collections;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.meshline.jobs.backfill.CandidateReader.Candidate;

/**
 * {@code --max-writes N}: of the candidates the plan would otherwise include, the first N in deal
 * id order. The plan reads candidates in the order the run stored them, so before the first chunk
 * one read of all of them finds the last key that fits (memory holds N keys); it is kept in the
 * step's execution context, so a restart applies the same cut. Not thread-safe.
 */
final class WriteCap {

	private static final String LAST_KEY = "plan.cap.last";

	private static final String BOUNDED = "plan.cap.bounded";

	private final long limit;

	private final Supplier<CandidateReader> candidates;

	private final Function<Candidate, String> leftOut;

	private String lastKey;

	private boolean bounded;

	/**
	 * @param leftOut why a candidate is left out whatever the cap, or {@code null}
	 */
	WriteCap(long limit, Supplier<CandidateReader> candidates, Function<Candidate, String> leftOut) {
		this.limit = limit;
		this.candidates = candidates;
		this.leftOut = leftOut;
	}

	void open(ExecutionContext context) {
		if (context.containsKey(BOUNDED)) {
			this.bounded = (Boolean) context.get(BOUNDED);
			this.lastKey = this.bounded ? context.getString(LAST_KEY) : null;
			return;
		}
		// The keys in a max-heap of at most N: its head is the N-th smallest so far.
		PriorityQueue<String> smallest = new PriorityQueue<>(Collections.reverseOrder());
		CandidateReader reader = this.candidates.get();
		reader.open(new ExecutionContext());
		try {
			for (Candidate candidate = reader.read(); candidate != null; candidate = reader.read()) {
				if (this.leftOut.apply(candidate) == null) {
					smallest.add(candidate.invoice().dealId());
					if (smallest.size() > this.limit) {
						smallest.poll();
					}
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the candidates to apply --max-writes " + this.limit + ": "
					+ ex.getMessage(), ex);
		}
		finally {
			reader.close();
		}
		this.bounded = smallest.size() >= this.limit;
		this.lastKey = this.bounded ? smallest.peek() : null;
	}

	/** Whether a candidate the plan would include fits, with {@code included} keys included so far. */
	boolean admits(String key, long included) {
		return included < this.limit && (!this.bounded || key.compareTo(this.lastKey) <= 0);
	}

	void update(ExecutionContext context) {
		context.put(BOUNDED, this.bounded);
		if (this.bounded) {
			context.putString(LAST_KEY, this.lastKey);
		}
	}

}
