package io.meshline.jobs.exceptions;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.TrackedException;

/** The read side of exceptions: filtered lists and figures per queue (MTTR). Read-only. */
public class ExceptionQueries {

	private final JdbcTemplate jdbc;

	public ExceptionQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The exceptions {@code filter} selects at {@code now}, by queue, then oldest first. */
	public List<TrackedException> list(ExceptionFilter filter, Instant now) {
		StringBuilder sql = new StringBuilder("SELECT * FROM ML_EXCEPTION WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (filter.queue() != null) {
			sql.append(" AND QUEUE = ?");
			args.add(filter.queue());
		}
		if (filter.finding() != null) {
			sql.append(" AND FINDING = ?");
			args.add(filter.finding());
		}
		if (filter.statuses().isEmpty()) {
			sql.append(" AND STATUS <> 'RESOLVED'");
		}
		else {
			sql.append(" AND STATUS IN (").append(String.join(", ", filter.statuses().stream().map((s) -> "?").toList()))
				.append(")");
			filter.statuses().stream().sorted().forEach((s) -> args.add(s.name()));
		}
		if (filter.olderThan() != null) {
			sql.append(" AND FIRST_SEEN <= ?");
			args.add(Timestamp.from(now.minus(filter.olderThan())));
		}
		if (filter.minAmount() != null) {
			sql.append(" AND AMOUNT >= ?");
			args.add(filter.minAmount());
		}
		sql.append(" ORDER BY QUEUE, FIRST_SEEN, EXCEPTION_KEY");
		List<TrackedException> rows = this.jdbc.query(sql.toString(), ExceptionRows::map, args.toArray());
		return filter.overdueOnly() ? rows.stream().filter((e) -> e.slaBreached(now)).toList() : rows;
	}

	/** Figures of every queue that has or had an exception, by queue name. */
	public List<QueueFigures> queues(Instant now) {
		Map<String, long[]> counts = new TreeMap<>();
		this.jdbc.query("SELECT * FROM ML_EXCEPTION WHERE STATUS <> 'RESOLVED'", (ResultSet rs) -> {
			TrackedException e = ExceptionRows.map(rs, 0);
			long[] c = counts.computeIfAbsent(e.queue(), (q) -> new long[2]);
			c[0]++;
			c[1] += e.slaBreached(now) ? 1 : 0;
		});
		Map<String, List<Duration>> repairs = repairTimes();
		repairs.keySet().forEach((queue) -> counts.computeIfAbsent(queue, (q) -> new long[2]));
		List<QueueFigures> figures = new ArrayList<>();
		counts.forEach((queue, c) -> {
			List<Duration> times = repairs.getOrDefault(queue, List.of());
			Duration mttr = times.isEmpty() ? null
					: times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size());
			figures.add(new QueueFigures(queue, c[0], c[1], times.size(), mttr));
		});
		return figures;
	}

	/** Per queue (the exception's current one), the time of every resolution since its episode began. */
	private Map<String, List<Duration>> repairTimes() {
		Map<String, List<Duration>> times = new HashMap<>();
		Map<String, Instant> openedAt = new HashMap<>();
		this.jdbc.query("SELECT e.EXCEPTION_KEY, e.EVENT_TIME, e.FROM_STATUS, e.TO_STATUS, x.QUEUE "
				+ "FROM ML_EXCEPTION_EVENT e JOIN ML_EXCEPTION x ON x.EXCEPTION_KEY = e.EXCEPTION_KEY "
				+ "ORDER BY e.EXCEPTION_KEY, e.EVENT_ID", (ResultSet rs) -> {
					String key = rs.getString(1);
					Instant at = rs.getTimestamp(2).toInstant();
					ExceptionStatus to = ExceptionStatus.valueOf(rs.getString(4));
					// An episode begins when a run first finds it (no status before) or reopens it.
					if (rs.getString(3) == null || to == ExceptionStatus.REOPENED) {
						openedAt.put(key, at);
					}
					else if (to == ExceptionStatus.RESOLVED && openedAt.containsKey(key)) {
						times.computeIfAbsent(rs.getString(5), (q) -> new ArrayList<>())
							.add(Duration.between(openedAt.remove(key), at));
					}
				});
		return times;
	}

}
