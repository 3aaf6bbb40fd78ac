package io.meshline.jobs.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

import io.meshline.core.audit.AuditEvent;

/** Maps rows of {@code ML_AUDIT_EVENT} to events, exactly as stored (no re-sealing). */
final class AuditEvents {

	private AuditEvents() {
	}

	static AuditEvent map(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("SEQ"), rs.getObject("EVENT_AT", LocalDateTime.class), rs.getString("ACTOR"),
				rs.getString("KIND"), rs.getString("SUBJECT"), rs.getString("DETAIL"), rs.getString("PREV_HASH"),
				rs.getString("HASH"));
	}

}
