package io.meshline.jobs.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.meshline.core.audit.AuditEvent;
import io.meshline.jobs.audit.AuditHeadFile;
import io.meshline.jobs.audit.AuditTrail;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The embedded database's unlogged bulk steps, with a child JVM killed by {@code halt} (no shutdown,
 * as {@code kill -9}): a crash inside the step takes back exactly the step's own writes, one after the
 * step's checkpoint keeps them, and the audit head file never names an event that a crash could take
 * back.
 */
class UnloggedBulkWritesTests {

	private static final String TABLE = "CREATE TABLE IF NOT EXISTS T_BULK (ID INT PRIMARY KEY, NOTE VARCHAR(64))";

	@TempDir
	Path home;

	private Runnable database;

	@BeforeEach
	void selectDatabase() {
		this.database = TestDatabase.select(this.home);
	}

	@AfterEach
	void restoreDatabase() {
		this.database.run();
	}

	@Test
	void shouldTakeBackOnlyTheStepsWritesWhenTheProcessDiesInsideIt() throws Exception {
		assumeFalse(TestDatabase.postgres(), "the redo log is the embedded database's");
		// given a logged row, then a step that inserts rows and changes the logged one, killed before its end
		// when
		crashChild("inside");
		// then
		assertThat(rows()).containsExactly("1 before");
		assertThat(logging()).isEqualTo("true");
	}

	@Test
	void shouldKeepTheStepsWritesWhenTheProcessDiesAfterIt() throws Exception {
		assumeFalse(TestDatabase.postgres(), "the redo log is the embedded database's");
		// given the same step, ended, and a logged row after it
		// when
		crashChild("after");
		// then
		List<String> rows = rows();
		assertThat(rows).hasSize(2 + 2000).contains("1 changed", "2 unlogged", "2001 unlogged", "-1 after");
		assertThat(logging()).isEqualTo("true");
	}

	@Test
	void shouldHoldTheAuditHeadFileUntilTheStepsCheckpoint() throws IOException {
		try (MeshlineContext context = MeshlineContext.open(new MeshlineHome(this.home))) {
			AuditTrail trail = context.bean(AuditTrail.class);
			AuditHeadFile headFile = context.bean(AuditHeadFile.class);
			UnloggedBulkWrites bulk = context.bean(UnloggedBulkWrites.class);
			AuditEvent first = trail.append("tester", "test.event", "subject 1", "before the step");

			// when
			bulk.beforeStep(null);
			AuditEvent inside = trail.append("tester", "test.event", "subject 2", "inside the step");
			String headInside = headFile.read().orElseThrow().toString();
			bulk.afterStep(null);

			// then
			if (TestDatabase.postgres()) {
				assertThat(headInside).contains(inside.hash());
			}
			else {
				assertThat(headInside).contains(first.hash()).doesNotContain(inside.hash());
			}
			assertThat(headFile.read().orElseThrow().toString()).contains(inside.hash());
		}
	}

	@Test
	void shouldLeaveEveryOtherDatabaseLogged() {
		for (String url : List.of("jdbc:hsqldb:hsql://localhost/meshline", "jdbc:hsqldb:mem:meshline",
				"jdbc:postgresql://127.0.0.1:5432/meshline")) {
			// A data source with no driver: any statement would fail.
			UnloggedBulkWrites bulk = new UnloggedBulkWrites(new SimpleDriverDataSource(), url);
			List<String> durable = new ArrayList<>();

			bulk.beforeStep(null);
			bulk.whenDurable(() -> durable.add(url));
			bulk.afterStep(null);

			assertThat(durable).as(url).containsExactly(url);
		}
	}

	/** The child's work; {@code halt} ends it as a kill would, without closing the database. */
	public static void main(String[] args) throws IOException {
		MeshlineContext context = MeshlineContext.open(new MeshlineHome(Path.of(System.getProperty("meshline.home"))));
		JdbcTemplate jdbc = new JdbcTemplate(context.bean(DataSource.class));
		UnloggedBulkWrites bulk = context.bean(UnloggedBulkWrites.class);
		jdbc.execute(TABLE);
		jdbc.update("INSERT INTO T_BULK VALUES (1, 'before')");
		bulk.beforeStep(null);
		List<Object[]> batch = new ArrayList<>();
		for (int id = 2; id <= 2001; id++) {
			batch.add(new Object[] { id, "unlogged" });
		}
		jdbc.batchUpdate("INSERT INTO T_BULK VALUES (?, ?)", batch);
		jdbc.update("UPDATE T_BULK SET NOTE = 'changed' WHERE ID = 1");
		if (args[0].equals("after")) {
			bulk.afterStep(null);
			jdbc.update("INSERT INTO T_BULK VALUES (-1, 'after')");
		}
		Runtime.getRuntime().halt(9);
	}

	private void crashChild(String when) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path")));
		command.addAll(TestDatabase.jvmOptions(this.home));
		command.add(UnloggedBulkWritesTests.class.getName());
		command.add(when);
		Path log = Files.createTempFile("child", ".log");
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(9);
	}

	private List<String> rows() throws IOException {
		try (MeshlineContext context = MeshlineContext.open(new MeshlineHome(this.home))) {
			return new JdbcTemplate(context.bean(DataSource.class)).queryForList(
					"SELECT CAST(ID AS VARCHAR(16)) || ' ' || NOTE FROM T_BULK ORDER BY ID", String.class);
		}
	}

	private String logging() {
		return TestDatabase.sql(this.home, (jdbc) -> jdbc.queryForObject(
				"SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES WHERE PROPERTY_NAME = 'hsqldb.log_data'",
				String.class));
	}

}
