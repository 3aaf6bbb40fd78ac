package io.meshline.jobs.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.meshline.core.audit.AuditEvent;
import io.meshline.jobs.cli.CliRun;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.reconcile.SampleSet;
import io.meshline.jobs.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on the real embedded database: events appended through {@link AuditTrail}, the
 * rows then tampered with in plain SQL, and {@code meshline audit verify} must name the event.
 */
class AuditTrailTests {

	@TempDir
	Path home;

	private Runnable database;

	@BeforeEach
	void selectDatabase() {
		// The contexts this test opens itself use the data directory's own database (a schema of its
		// own when the suite runs on PostgreSQL), as every command does.
		this.database = TestDatabase.select(this.home);
	}

	@AfterEach
	void restoreDatabase() {
		this.database.run();
	}

	@Test
	void shouldReportOkWithTheCountAndHeadOfAnIntactTrail() throws IOException {
		// given
		List<AuditEvent> events = append(5);
		// when
		CliRun run = CliRun.run(this.home, "audit", "verify");
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("OK: 5 events, chain intact; head 5:" + events.get(4).hash() + ".");
	}

	@Test
	void shouldNameAnEditedEvent() throws IOException {
		// given
		append(5);
		sql("UPDATE ML_AUDIT_EVENT SET DETAIL = 'published 1 record' WHERE SEQ = 3");
		// when
		CliRun run = CliRun.run(this.home, "audit", "verify");
		// then
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).contains("audit trail broken at event 3 (edited): event 3 (test.event subject 3) was "
				+ "edited: its hash does not match its content.");
	}

	@Test
	void shouldNameADeletedEvent() throws IOException {
		// given
		append(5);
		sql("DELETE FROM ML_AUDIT_EVENT WHERE SEQ = 3");
		// when
		CliRun run = CliRun.run(this.home, "audit", "verify");
		// then
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).contains("audit trail broken at event 3 (deleted): event 3 deleted: the trail goes "
				+ "from event 2 to event 4.");
	}

	@Test
	void shouldNameReorderedEvents() throws IOException {
		// given
		append(5);
		sql("UPDATE ML_AUDIT_EVENT SET SEQ = -3 WHERE SEQ = 3", "UPDATE ML_AUDIT_EVENT SET SEQ = 3 WHERE SEQ = 4",
				"UPDATE ML_AUDIT_EVENT SET SEQ = 4 WHERE SEQ = -3");
		// when
		CliRun run = CliRun.run(this.home, "audit", "verify");
		// then
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).contains("audit trail broken at event 3 (reordered): event 3 (test.event subject 4) "
				+ "was written as event 4: the events were reordered.");
	}

	@Test
	void shouldNoticeDeletedNewestEventsEvenWhenTheHeadRowIsRewound() throws IOException {
		// given: the newest two events deleted and the database's own head row moved back to match
		List<AuditEvent> events = append(5);
		sql("DELETE FROM ML_AUDIT_EVENT WHERE SEQ >= 4",
				"UPDATE ML_AUDIT_HEAD SET SEQ = 3, HASH = '" + events.get(2).hash() + "' WHERE ID = 1");
		// when
		CliRun run = CliRun.run(this.home, "audit", "verify");
		// then: the head file in the data directory still records event 5
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).contains("audit trail broken at event 4 (deleted): events 4 to 5 deleted: the head file ")
			.contains("records event 5 but the trail ends at event 3.");
	}

	@Test
	void shouldCheckAHeadKeptOutsideTheDataDirectory() throws IOException {
		// given: a head an auditor noted, then the whole trail rebuilt with other content
		List<AuditEvent> events = append(3);
		String kept = "3:" + events.get(2).hash();
		sql("DELETE FROM ML_AUDIT_EVENT", "UPDATE ML_AUDIT_HEAD SET SEQ = 0, HASH = '' WHERE ID = 1");
		java.nio.file.Files.delete(this.home.resolve("audit").resolve("head"));
		append(3);
		// when
		CliRun run = CliRun.run(this.home, "audit", "verify", "--expect-head", kept);
		// then
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.err()).contains("audit trail broken at event 3 (relinked): event 3 (test.event subject 3) is "
				+ "not the event --expect-head records");
	}

	@Test
	void shouldSerialiseConcurrentAppendsIntoOneChain() throws Exception {
		// given
		try (MeshlineContext context = MeshlineContext.open(new MeshlineHome(this.home))) {
			AuditTrail trail = context.bean(AuditTrail.class);
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<?>> appends = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				int n = i;
				appends.add(pool.submit(() -> trail.append("tester", "test.event", "subject " + n, "detail " + n)));
			}
			for (Future<?> append : appends) {
				append.get();
			}
			pool.shutdown();
		}
		// when
		CliRun run = CliRun.run(this.home, "audit", "verify");
		// then
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("OK: 80 events, chain intact");
	}

	@Test
	void shouldRecordEveryRunStartWithTheActor() throws IOException {
		// given
		Path out = this.home.resolve("out");
		String[] reconcile = SampleSet.GENERIC.reconcileArgs(out);
		String[] withActor = new String[reconcile.length + 2];
		withActor[0] = "--actor";
		withActor[1] = "alice";
		System.arraycopy(reconcile, 0, withActor, 2, reconcile.length);
		CliRun reconciled = CliRun.run(this.home, withActor);
		assertThat(reconciled.exitCode()).as(reconciled.err()).isZero();
		// when
		CliRun list = CliRun.run(this.home, "audit", "list", "--kind", "run.started");
		CliRun verify = CliRun.run(this.home, "audit", "verify");
		// then
		assertThat(list.exitCode()).as(list.err()).isZero();
		assertThat(list.out()).contains("  alice  run.started  reconcileJob run ")
			.contains("crm.path=" + SampleSet.GENERIC.crm());
		// the run's start, then one summary of the exceptions it opened
		assertThat(verify.out()).contains("OK: 2 events, chain intact");
	}

	@Test
	void shouldRecordAResumedRunInTheSameChain() throws IOException {
		// given: a run that fails writing its outputs, because a file stands where its folder should be
		Path out = this.home.resolve("blocked");
		java.nio.file.Files.writeString(out, "not a folder");
		CliRun failed = CliRun.run(this.home, SampleSet.GENERIC.reconcileArgs(out));
		assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
		java.nio.file.Files.delete(out);
		// when: the same command again resumes the run
		CliRun resumed = CliRun.run(this.home, SampleSet.GENERIC.reconcileArgs(out));
		CliRun list = CliRun.run(this.home, "audit", "list");
		CliRun verify = CliRun.run(this.home, "audit", "verify");
		// then
		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		List<String> events = list.out().lines().skip(1).filter((line) -> line.contains("  run.")).toList();
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).matches("1  \\S+  \\S+  run\\.started  reconcileJob run (\\d+)  execution .*");
		String run = events.get(0).replaceAll(".*reconcileJob run (\\d+) .*", "$1");
		assertThat(events.get(1)).contains("  run.resumed  reconcileJob run " + run + "  execution ");
		// the two run events, then one summary of the exceptions the resumed run opened
		assertThat(verify.out()).contains("OK: 3 events, chain intact");
	}

	private List<AuditEvent> append(int count) throws IOException {
		List<AuditEvent> events = new ArrayList<>();
		try (MeshlineContext context = MeshlineContext.open(new MeshlineHome(this.home))) {
			AuditTrail trail = context.bean(AuditTrail.class);
			for (int i = 1; i <= count; i++) {
				events.add(trail.append("tester", "test.event", "subject " + i, "detail " + i));
			}
		}
		return events;
	}

	private void sql(String... statements) throws IOException {
		try (MeshlineContext context = MeshlineContext.open(new MeshlineHome(this.home))) {
			JdbcTemplate jdbc = new JdbcTemplate(context.bean(DataSource.class));
			for (String statement : statements) {
				jdbc.update(statement);
			}
		}
	}

}
