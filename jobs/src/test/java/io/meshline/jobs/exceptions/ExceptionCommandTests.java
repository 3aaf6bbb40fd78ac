package io.meshline.jobs.exceptions;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.jobs.cli.CliRun;

import static io.meshline.jobs.exceptions.Nights.NIGHT_1;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code meshline exceptions}: filters, people's actions recorded with their actor, MTTR per queue. */
class ExceptionCommandTests {

	@TempDir
	Path home;

	@TempDir
	Path work;

	@Test
	void shouldFilterActAndRecordTheActorOnEveryChange() {
		// given: D-2 (500.00, Ann Lee, billing-ops) and D-3 (20000.00, no owner, triage)
		Nights nights = new Nights(this.home, this.work);
		nights.reconcile(NIGHT_1, "erp-night1.csv");
		java.time.Instant later = NIGHT_1.plusSeconds(3 * 3600);

		// when / then: filters
		CliRun triage = nights.at(later, "exceptions", "list", "--queue", "triage");
		assertThat(triage.out()).contains("MISSING_IN_ERP:D-3", "1 exception, 0 past their SLA.")
			.doesNotContain("MISSING_IN_ERP:D-2");
		CliRun big = nights.at(later, "exceptions", "list", "--min-amount", "1000", "--status", "NEW,OPEN",
				"--older-than", "2h", "--finding", "MISSING_IN_ERP");
		assertThat(big.out()).contains("MISSING_IN_ERP:D-3", "20000.00 USD", "3h 00m").doesNotContain("D-2 ");
		CliRun young = nights.at(later, "exceptions", "list", "--older-than", "1d");
		assertThat(young.out()).contains("0 exceptions");

		// when: people act
		CliRun ack = nights.at(later, "exceptions", "ack", "MISSING_IN_ERP:D-2", "--actor", "ann.lee");
		CliRun assign = nights.at(later.plusSeconds(60), "exceptions", "assign", "MISSING_IN_ERP:D-3", "--to",
				"bob.stone", "--actor", "carol.finance");
		CliRun approve = nights.at(later.plusSeconds(120), "exceptions", "approve", "MISSING_IN_ERP:D-2", "--actor",
				"carol.finance", "--note", "invoiced by hand in the ERP");
		CliRun resolve = nights.at(NIGHT_1.plusSeconds(5 * 3600), "exceptions", "resolve", "MISSING_IN_ERP:D-3",
				"--actor", "bob.stone", "--note", "credit note issued");
		CliRun again = nights.at(later, "exceptions", "resolve", "MISSING_IN_ERP:D-3", "--actor", "bob.stone");
		CliRun noActor = CliRun.run(this.home, "exceptions", "ack", "MISSING_IN_ERP:D-2");
		CliRun unknown = nights.at(later, "exceptions", "ack", "MISSING_IN_ERP:D-9", "--actor", "ann.lee");

		// then
		assertThat(ack.exitCode()).as(ack.err()).isZero();
		assertThat(ack.out()).isEqualTo("Exception MISSING_IN_ERP:D-2 acknowledged by ann.lee; it is ACKED.\n");
		assertThat(assign.out()).contains("assigned to bob.stone by carol.finance; it is NEW.");
		assertThat(approve.out()).contains("approved by carol.finance; it is APPROVED.");
		assertThat(resolve.out()).contains("resolved by bob.stone; it is RESOLVED.");
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(again.err()).contains("Exception MISSING_IN_ERP:D-3 is RESOLVED, so it cannot be resolved");
		assertThat(noActor.exitCode()).isEqualTo(2);
		assertThat(noActor.err()).contains("Missing required option: '--actor=NAME'");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("There is no exception MISSING_IN_ERP:D-9.");
		boolean approved = StoredExceptions.with(this.home,
				(jdbc) -> StoredExceptions.store(this.home, jdbc).isApproved("MISSING_IN_ERP:D-2"));
		assertThat(approved).isTrue();
		assertThat(StoredExceptions.find(this.home, "MISSING_IN_ERP:D-3").assignee()).isEqualTo("bob.stone");
		CliRun show = nights.at(later, "exceptions", "show", "MISSING_IN_ERP:D-2");
		assertThat(show.out()).containsSubsequence("meshline         RUN      -         -> NEW",
				"ann.lee          ACK      NEW       -> ACKED",
				"carol.finance    APPROVE  ACKED     -> APPROVED  invoiced by hand in the ERP");
		assertThat(StoredExceptions.find(this.home, "MISSING_IN_ERP:D-2").status()).isEqualTo(ExceptionStatus.APPROVED);

		// and MTTR per queue: D-3 was resolved 5 hours after it was found; approved D-2 is still open
		CliRun queues = nights.at(later, "exceptions", "queues");
		assertThat(queues.out()).containsPattern("billing-ops\\s+1\\s+0\\s+0\\s+-")
			.containsPattern("triage\\s+0\\s+0\\s+1\\s+5h 00m");

		// and every change is in the hash-chained audit trail, by its actor
		CliRun approvals = CliRun.run(this.home, "audit", "list", "--kind", "exception.approve");
		assertThat(approvals.out()).contains("carol.finance", "exception MISSING_IN_ERP:D-2",
				"ACKED -> APPROVED; invoiced by hand in the ERP");
		assertThat(CliRun.run(this.home, "audit", "list", "--kind", "exception.resolve").out()).contains("bob.stone",
				"exception MISSING_IN_ERP:D-3");
		assertThat(CliRun.run(this.home, "audit", "list", "--kind", "exception.run").out())
			.containsPattern("meshline  exception\\.run  reconcile run \\d+  \\d+ exceptions changed \\(none -> NEW \\d+\\); "
					+ "keys sha256 [0-9a-f]{64}");
		CliRun verify = CliRun.run(this.home, "audit", "verify");
		assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
	}

	@Test
	void shouldExplainTheCommandsAndTheirExitCodesInTheirHelp() {
		CliRun exceptions = CliRun.run(this.home, "exceptions", "--help");
		CliRun list = CliRun.run(this.home, "exceptions", "list", "--help");
		CliRun escalate = CliRun.run(this.home, "escalate", "--help");
		assertThat(exceptions.out()).contains("list", "show", "queues", "ack", "assign", "resolve", "approve",
				"Exit codes");
		assertThat(list.out()).contains("--queue", "--status", "--older-than", "--min-amount", "--finding", "--overdue");
		assertThat(escalate.out()).contains("--out", "--now", "--actor",
				"0 nothing was overdue, 3 exceptions were escalated");
	}

}
