package io.meshline.reports.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Reads the exceptions runs keep ({@code ML_EXCEPTION}) per owner queue for the month-end pack:
 * what is open and overdue at a given time, and what was resolved in the month and how fast. The
 * mean time to resolve is computed here rather than in SQL, where time arithmetic differs between
 * HSQLDB and PostgreSQL. Thread-safe.
 */
public final class ExceptionQueues {

	private static final String OPEN = "STATUS <> 'RESOLVED'";

	private final DataSource dataSource;

	public ExceptionQueues(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Every queue with an exception open at {@code now} or resolved in {@code [from, to)}, by name. */
	public List<QueueLine> lines(LocalDateTime now, LocalDateTime from, LocalDateTime to) {
		Map<String, long[]> counts = new TreeMap<>();
		Map<String, LocalDateTime> oldest = new TreeMap<>();
		Map<String, List<Duration>> resolutions = new TreeMap<>();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT QUEUE, STATUS, SLA_DUE, FIRST_SEEN, "
						+ "OPENED_AT, RESOLVED_AT FROM ML_EXCEPTION WHERE " + OPEN
						+ " OR (RESOLVED_AT >= ? AND RESOLVED_AT < ?)")) {
			statement.setTimestamp(1, Timestamp.valueOf(from));
			statement.setTimestamp(2, Timestamp.valueOf(to));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					String queue = rs.getString("QUEUE");
					String status = rs.getString("STATUS");
					long[] c = counts.computeIfAbsent(queue, (q) -> new long[4]);
					if (!"RESOLVED".equals(status)) {
						c[0]++;
						boolean handled = "ACKED".equals(status) || "APPROVED".equals(status);
						c[1] += (!handled && rs.getTimestamp("SLA_DUE").toLocalDateTime().isBefore(now)) ? 1 : 0;
						c[2] += "ESCALATED".equals(status) ? 1 : 0;
						LocalDateTime seen = rs.getTimestamp("FIRST_SEEN").toLocalDateTime();
						oldest.merge(queue, seen, (a, b) -> a.isBefore(b) ? a : b);
					}
					else {
						c[3]++;
						resolutions.computeIfAbsent(queue, (q) -> new ArrayList<>())
							.add(Duration.between(rs.getTimestamp("OPENED_AT").toLocalDateTime(),
									rs.getTimestamp("RESOLVED_AT").toLocalDateTime()));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the exceptions from the Meshline database: "
					+ ex.getMessage(), ex);
		}
		List<QueueLine> lines = new ArrayList<>();
		counts.forEach((queue, c) -> lines.add(new QueueLine(queue, c[0], c[1], c[2], c[3],
				mean(resolutions.get(queue)), oldest.get(queue))));
		return lines;
	}

	private static Duration mean(List<Duration> durations) {
		if (durations == null || durations.isEmpty()) {
			return null;
		}
		return durations.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(durations.size());
	}

}
