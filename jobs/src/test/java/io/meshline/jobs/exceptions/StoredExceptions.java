package io.meshline.jobs.exceptions;

import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import io.meshline.core.exceptions.TrackedException;
import io.meshline.jobs.audit.AuditActor;
import io.meshline.jobs.audit.AuditHeadFile;
import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.support.TestDatabase;
import io.meshline.jobs.support.UnloggedBulkWrites;

/**
 * Reads a test's data directory straight from its database, without starting Spring, between
 * commands (which have closed it).
 */
final class StoredExceptions {

	private StoredExceptions() {
	}

	static <T> T with(Path home, Function<JdbcTemplate, T> work) {
		return TestDatabase.sql(home, work);
	}

	static TrackedException find(Path home, String key) {
		return with(home, (jdbc) -> store(home, jdbc).find(key).orElseThrow());
	}

	/** The store as the commands build it, its history writing to the real audit trail. */
	static ExceptionStore store(Path home, JdbcTemplate jdbc) {
		AuditTrail audit = new AuditTrail(jdbc.getDataSource(), new DataSourceTransactionManager(jdbc.getDataSource()),
				new AuditHeadFile(home.toString()), new AuditActor("test"),
				new UnloggedBulkWrites(jdbc.getDataSource(), TestDatabase.url(home)));
		return new ExceptionStore(jdbc, new ExceptionHistory(jdbc, audit));
	}

	static long count(Path home, String sql) {
		return with(home, (jdbc) -> jdbc.queryForObject(sql, Long.class));
	}

}
