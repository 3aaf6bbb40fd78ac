package io.meshline.jobs.policy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The committed sample policy and price book, and SQL on a test's data directory. */
final class PolicyFixture {

	static final Path POLICIES = Path.of("..", "samples", "policies").toAbsolutePath().normalize();

	static final Path POLICY = POLICIES.resolve("default-policy.yaml");

	static final Path PRICEBOOK = POLICIES.resolve("pricebook.csv");

	private PolicyFixture() {
	}

	static Path resource(String name) {
		return Path.of("src", "test", "resources", "policy", name).toAbsolutePath();
	}

	/** Runs SQL against the data directory's database while no command holds it. */
	static <T> T sql(Path home, Function<JdbcTemplate, T> work) {
		String url = "jdbc:hsqldb:file:" + home.resolve("db/meshline") + ";shutdown=true";
		try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
			return work.apply(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
