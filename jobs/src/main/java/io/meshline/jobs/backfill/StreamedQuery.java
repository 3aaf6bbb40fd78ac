package io.meshline.jobs.backfill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * A read-only query streamed row by row on a connection of its own, so a read of a whole batch
 * never sits in memory and never holds the connection the writes commit on. Not thread-safe.
 */
final class StreamedQuery implements AutoCloseable {

	private static final int FETCH_SIZE = 1_000;

	private final Connection connection;

	private final PreparedStatement statement;

	private final ResultSet rows;

	private StreamedQuery(Connection connection, PreparedStatement statement, ResultSet rows) {
		this.connection = connection;
		this.statement = statement;
		this.rows = rows;
	}

	/** Runs {@code sql} with {@code args} bound in order. */
	static StreamedQuery open(DataSource dataSource, String sql, Object... args) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setReadOnly(true);
			// HSQLDB builds the whole result when the query runs (on disk past
			// hsqldb.result_max_memory_rows), so the read needs no open transaction; holding one would
			// block the automatic checkpoint, which would block the writes. PostgreSQL streams with a
			// fetch size only inside a transaction.
			connection.setAutoCommit(connection.getMetaData().getDatabaseProductName().startsWith("HSQL"));
			PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
					ResultSet.CONCUR_READ_ONLY);
			statement.setFetchSize(FETCH_SIZE);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return new StreamedQuery(connection, statement, statement.executeQuery());
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/** Moves to the next row; {@code false} past the last. */
	boolean next() throws SQLException {
		return this.rows.next();
	}

	/** The current row. */
	ResultSet row() {
		return this.rows;
	}

	@Override
	public void close() throws SQLException {
		try (Connection c = this.connection; PreparedStatement s = this.statement; ResultSet r = this.rows) {
			if (!c.getAutoCommit()) {
				c.rollback();
			}
		}
	}

}
