package io.meshline.jobs.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database a test's data directory uses. By default the embedded HSQLDB file under the data
 * directory; when the build runs with {@code -Dspring.datasource.url=jdbc:postgresql:...} (as
 * {@code scripts/test-postgres} does), a PostgreSQL schema of its own per data directory, so that
 * two tests never see each other's runs, write ledgers or batches, as two data directories never
 * do on HSQLDB.
 */
public final class TestDatabase {

	private static final String URL = "spring.datasource.url";

	private static final String USER = "spring.datasource.username";

	private static final String PASSWORD = "spring.datasource.password";

	/** The URL the build was given, before any test narrowed it to a schema. */
	private static final String BASE = System.getProperty(URL, "");

	private TestDatabase() {
	}

	/** Whether the build runs the tests on PostgreSQL. */
	public static boolean postgres() {
		return BASE.startsWith("jdbc:postgresql:");
	}

	/** The JDBC URL of the data directory's database, creating its PostgreSQL schema when needed. */
	public static String url(Path home) {
		if (!postgres()) {
			return "jdbc:hsqldb:file:" + home.toAbsolutePath().normalize().resolve("db/meshline") + ";shutdown=true";
		}
		String base = BASE;
		String schema = schema(home);
		try (Connection connection = DriverManager.getConnection(base, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create schema " + schema + " at " + base, ex);
		}
		return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	public static String user() {
		return postgres() ? System.getProperty(USER, "postgres") : "SA";
	}

	public static String password() {
		return postgres() ? System.getProperty(PASSWORD, "") : "";
	}

	/** Runs SQL against the data directory's database while no command holds it. */
	public static <T> T sql(Path home, Function<JdbcTemplate, T> work) {
		try (Connection connection = DriverManager.getConnection(url(home), user(), password())) {
			return work.apply(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The system properties a child JVM needs to use the same database as this test for {@code home}. */
	public static List<String> jvmOptions(Path home) {
		List<String> options = new ArrayList<>();
		options.add("-Dmeshline.home=" + home);
		if (postgres()) {
			options.add("-D" + URL + "=" + url(home));
			options.add("-D" + USER + "=" + user());
			options.add("-D" + PASSWORD + "=" + password());
			options.add("-Dmeshline.db.platform=postgresql");
		}
		return options;
	}

	/** Sets the database properties for {@code home} for an in-process run; returns what to restore. */
	public static Runnable select(Path home) {
		if (!postgres()) {
			return () -> {
			};
		}
		String before = System.getProperty(URL);
		System.setProperty(URL, url(home));
		return () -> System.setProperty(URL, before);
	}

	private static String schema(Path home) {
		byte[] path = home.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(path);
			return "home_" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
