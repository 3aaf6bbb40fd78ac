package io.meshline.jobs.exceptions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.Severity;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.core.money.CurrencyScale;

/** Maps {@code ML_EXCEPTION} rows. */
final class ExceptionRows {

	private ExceptionRows() {
	}

	static TrackedException map(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("CURRENCY").trim();
		BigDecimal amount = CurrencyScale.atScale(rs.getBigDecimal("AMOUNT"), currency);
		return new TrackedException(rs.getString("EXCEPTION_KEY"), rs.getString("FINDING"), rs.getString("RECORD_ID"),
				rs.getString("QUEUE"), Severity.valueOf(rs.getString("SEVERITY")),
				ExceptionStatus.valueOf(rs.getString("STATUS")), rs.getString("OWNER"), rs.getString("ASSIGNEE"),
				currency, amount, rs.getObject("RECORD_DATE", LocalDate.class), instant(rs, "FIRST_SEEN"),
				instant(rs, "LAST_SEEN"), instant(rs, "SLA_DUE"), instant(rs, "RESOLVED_AT"),
				rs.getLong("FIRST_RUN_ID"), rs.getLong("LAST_RUN_ID"), rs.getString("DETAIL"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
