package io.meshline.jobs.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.meshline.core.audit.AuditEvent;

/** Reads the audit trail for people: the newest events, filtered by time and kind, oldest first. */
@Component
public class AuditLog {

	private final DataSource dataSource;

	public AuditLog(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * @param since only events at or after this UTC time, or {@code null}
	 * @param kind only events of this kind, or {@code null}
	 * @param limit at most this many (the newest)
	 */
	public List<AuditEvent> newest(LocalDateTime since, String kind, int limit) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (since != null) {
			where.append(" AND EVENT_AT >= ?");
			args.add(since);
		}
		if (kind != null) {
			where.append(" AND KIND = ?");
			args.add(kind);
		}
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.setMaxRows(Math.max(1, limit));
		List<AuditEvent> events = new ArrayList<>(jdbc.query(
				"SELECT * FROM ML_AUDIT_EVENT" + where + " ORDER BY SEQ DESC", AuditEvents::map, args.toArray()));
		Collections.reverse(events);
		return events;
	}

}
