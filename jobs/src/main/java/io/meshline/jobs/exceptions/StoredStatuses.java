package io.meshline.jobs.exceptions;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.exceptions.ExceptionStatus;

/**
 * Reads what a run needs to know of stored exceptions ({@link StoredStatus}): for a page of keys at
 * once, or the open exceptions a run could have found and did not. Stateless.
 */
final class StoredStatuses {

	private static final int KEYS_PER_LOOKUP = 500;

	private static final String COLUMNS = "SELECT EXCEPTION_KEY, STATUS, CHECKED_RUN_ID FROM ML_EXCEPTION ";

	private static final String BY_KEY = COLUMNS + "WHERE EXCEPTION_KEY IN ("
			+ String.join(", ", Collections.nCopies(KEYS_PER_LOOKUP, "?")) + ")";

	private StoredStatuses() {
	}

	/**
	 * The stored status of each of {@code keys} that has an exception, by key. The keys are looked up
	 * {@value #KEYS_PER_LOOKUP} at a time through one prepared statement (HSQLDB compiles a statement
	 * again at each prepare); a short last lot repeats its last key.
	 */
	static Map<String, StoredStatus> byKey(JdbcTemplate jdbc, Collection<String> keys) {
		Map<String, StoredStatus> stored = new HashMap<>();
		if (keys.isEmpty()) {
			return stored;
		}
		List<String> all = new ArrayList<>(keys);
		jdbc.execute(BY_KEY, (PreparedStatement statement) -> {
			for (int from = 0; from < all.size(); from += KEYS_PER_LOOKUP) {
				for (int i = 0; i < KEYS_PER_LOOKUP; i++) {
					statement.setString(i + 1, all.get(Math.min(from + i, all.size() - 1)));
				}
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						StoredStatus status = map(rs, 0);
						stored.put(status.key(), status);
					}
				}
			}
			return null;
		});
		return stored;
	}

	/**
	 * Up to {@code limit} open exceptions that run {@code runId} could have found and did not, with a
	 * key after {@code afterKey} ({@code ""} for the first), in key order.
	 */
	static List<StoredStatus> goneFrom(JdbcTemplate jdbc, RunScope scope, long runId, String afterKey, int limit) {
		if (scope.checkedTypes().isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(COLUMNS + "WHERE EXCEPTION_KEY > ? AND STATUS <> 'RESOLVED' "
				+ "AND CHECKED_RUN_ID < ? AND SOURCE = ? AND FINDING IN (");
		List<Object> args = new ArrayList<>(List.of(afterKey, runId, scope.source()));
		scope.checkedTypes().stream().sorted().forEach((type) -> {
			sql.append(args.size() > 3 ? ", ?" : "?");
			args.add(type.name());
		});
		sql.append(")");
		if (scope.windowed()) {
			sql.append(" AND RECORD_DATE BETWEEN ? AND ?");
			args.add(Date.valueOf(scope.windowFrom()));
			args.add(Date.valueOf(scope.windowTo()));
		}
		sql.append(" ORDER BY EXCEPTION_KEY FETCH FIRST ").append(limit).append(" ROWS ONLY");
		return jdbc.query(sql.toString(), StoredStatuses::map, args.toArray());
	}

	private static StoredStatus map(ResultSet rs, int row) throws SQLException {
		return new StoredStatus(rs.getString(1), ExceptionStatus.valueOf(rs.getString(2)), rs.getLong(3));
	}

}
