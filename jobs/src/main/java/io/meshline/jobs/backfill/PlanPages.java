package io.meshline.jobs.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows of a batch's plan in key order, a page at a time, each page a seek on the primary key
 * ({@code BATCH_ID, DEAL_ID}) past the last key read. Ordering by the whole key lets the database
 * walk the index and stop after a page instead of sorting the batch, and a page stays under
 * {@code hsqldb.result_max_memory_rows}, so HSQLDB builds it in memory rather than in a temporary
 * file: reading a batch costs one pass over its rows, whatever its size. The next page is fetched
 * while the caller works through the current one (see {@link PageAhead}). Not thread-safe.
 */
final class PlanPages<T> {

	/** Rows per page: well under the 20,000 rows HSQLDB keeps a result in memory for. */
	static final int PAGE = 10_000;

	private final JdbcTemplate jdbc;

	private final String first;

	private final String next;

	private final List<Object> args;

	private final RowMapper<T> mapper;

	private final Function<T, String> keyOf;

	private final PageAhead<T> ahead = new PageAhead<>(this::fetch);

	private List<T> page = List.of();

	private int index;

	/** The last key fetched, {@code null} before the first page; moved by the page-ahead thread only. */
	private String lastKey;

	private boolean exhausted;

	/**
	 * @param select the columns, of {@code ML_BACKFILL_PLAN p} and what {@code join} adds
	 * @param join joins after {@code FROM ML_BACKFILL_PLAN p}, or an empty string
	 * @param filter more conditions, starting with {@code AND}, or an empty string
	 * @param joinArgs the values of the join's parameters, in order
	 * @param keyOf the deal id of a mapped row
	 */
	PlanPages(JdbcTemplate jdbc, long batchId, String select, String join, String filter, List<Object> joinArgs,
			RowMapper<T> mapper, Function<T, String> keyOf) {
		this.jdbc = jdbc;
		String from = "SELECT " + select + " FROM ML_BACKFILL_PLAN p " + join + " WHERE p.BATCH_ID = ?";
		String order = filter + " ORDER BY p.BATCH_ID, p.DEAL_ID FETCH FIRST " + PAGE + " ROWS ONLY";
		this.first = from + order;
		this.next = from + " AND p.DEAL_ID > ?" + order;
		this.args = new ArrayList<>(joinArgs);
		this.args.add(batchId);
		this.mapper = mapper;
		this.keyOf = keyOf;
	}

	/** The next row, or {@code null} past the last. */
	T next() {
		if (this.index == this.page.size()) {
			this.page = this.ahead.next();
			this.index = 0;
			if (this.page.isEmpty()) {
				return null;
			}
		}
		return this.page.get(this.index++);
	}

	/** The page after the last one fetched, an empty list past the last; on the page-ahead thread. */
	private List<T> fetch() {
		if (this.exhausted) {
			return List.of();
		}
		List<T> rows;
		if (this.lastKey == null) {
			rows = this.jdbc.query(this.first, this.mapper, this.args.toArray());
		}
		else {
			List<Object> after = new ArrayList<>(this.args);
			after.add(this.lastKey);
			rows = this.jdbc.query(this.next, this.mapper, after.toArray());
		}
		this.exhausted = rows.size() < PAGE;
		if (!rows.isEmpty()) {
			this.lastKey = this.keyOf.apply(rows.get(rows.size() - 1));
		}
		return rows;
	}

}
