package io.meshline.jobs.policy;

import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.jobs.support.TestDatabase;

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
		return TestDatabase.sql(home, work);
	}

}
