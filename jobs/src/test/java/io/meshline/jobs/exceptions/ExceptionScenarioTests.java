package io.meshline.jobs.exceptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.jobs.cli.CliRun;

import static io.meshline.jobs.exceptions.Nights.NIGHT_1;
import static io.meshline.jobs.exceptions.Nights.NIGHT_2;
import static io.meshline.jobs.exceptions.Nights.NIGHT_3;
import static io.meshline.jobs.exceptions.Nights.NIGHT_4;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four nights of the same CRM export through the real reconcile job and the embedded database: an
 * unbilled deal is NEW, then OPEN a day older and past its SLA (escalated), RESOLVED when its
 * invoice appears, REOPENED when it is gone again.
 */
class ExceptionScenarioTests {

	@TempDir
	Path home;

	@TempDir
	Path work;

	@Test
	void shouldFollowAnExceptionFromNewToOpenToResolvedToReopened() throws IOException {
		Nights nights = new Nights(this.home, this.work);
		// night 1: D-2 (owner Ann Lee) and D-3 (no owner) are not invoiced
		nights.reconcile(NIGHT_1, "erp-night1.csv");
		TrackedException d2 = exception("MISSING_IN_ERP:D-2");
		assertThat(d2.status()).isEqualTo(ExceptionStatus.NEW);
		assertThat(d2.queue()).isEqualTo("billing-ops");
		assertThat(d2.slaDue()).isEqualTo(NIGHT_1.plus(Duration.ofHours(2)));
		assertThat(d2.amount()).isEqualByComparingTo("500.00");
		TrackedException d3 = exception("MISSING_IN_ERP:D-3");
		assertThat(d3.queue()).isEqualTo("triage");
		assertThat(d3.slaDue()).isEqualTo(NIGHT_1.plus(Duration.ofDays(1)));

		// night 2: the same files, 25 hours later
		nights.reconcile(NIGHT_2, "erp-night1.csv");
		d2 = exception("MISSING_IN_ERP:D-2");
		assertThat(d2.status()).isEqualTo(ExceptionStatus.OPEN);
		assertThat(d2.firstSeen()).isEqualTo(NIGHT_1);
		assertThat(d2.lastSeen()).isEqualTo(NIGHT_2);
		assertThat(d2.age(NIGHT_2)).isEqualTo(Duration.ofHours(25));
		assertThat(d2.slaBreached(NIGHT_2)).isTrue();
		CliRun list = nights.at(NIGHT_2, "exceptions", "list", "--overdue");
		assertThat(list.out()).contains("MISSING_IN_ERP:D-2", "1d 01h", "SLA BREACHED", "2 exceptions, 2 past their SLA.");

		// escalate (cron): both are overdue, one file per queue; a second run escalates nothing again
		Path escalations = this.work.resolve("esc");
		CliRun escalate = nights.at(NIGHT_2.plusSeconds(60), "escalate", "--out", escalations.toString());
		assertThat(escalate.exitCode()).as(escalate.err()).isEqualTo(3);
		assertThat(escalate.out()).contains("2 exceptions escalated", "billing-ops: 1 in", "triage: 1 in");
		Path billing = escalations.resolve("escalations-billing-ops-20261104T030100Z.csv");
		List<String> rows = Files.readAllLines(billing);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).isEqualTo("exception_key,finding,record_id,queue,severity,owner,assignee,currency,"
				+ "amount,first_seen,sla_due,hours_overdue,detail");
		assertThat(rows.get(1)).startsWith("MISSING_IN_ERP:D-2,MISSING_IN_ERP,D-2,billing-ops,HARD,Ann Lee,,USD,500.00,"
				+ "2026-11-03T02:00:00Z,2026-11-03T04:00:00Z,23,");
		assertThat(exception("MISSING_IN_ERP:D-2").status()).isEqualTo(ExceptionStatus.ESCALATED);
		assertThat(nights.at(NIGHT_2.plusSeconds(120), "escalate", "--out", escalations.toString()).exitCode()).isZero();

		// night 3: D-2's invoice appears
		nights.reconcile(NIGHT_3, "erp-night3.csv");
		d2 = exception("MISSING_IN_ERP:D-2");
		assertThat(d2.status()).isEqualTo(ExceptionStatus.RESOLVED);
		assertThat(d2.resolvedAt()).isEqualTo(NIGHT_3);
		assertThat(exception("MISSING_IN_ERP:D-3").status()).isEqualTo(ExceptionStatus.ESCALATED);
		CliRun queues = nights.at(NIGHT_3, "exceptions", "queues");
		assertThat(queues.out()).containsPattern("billing-ops\\s+0\\s+0\\s+1\\s+2d 01h")
			.containsPattern("triage\\s+1\\s+1\\s+0\\s+-");

		// night 4: the invoice is gone again
		nights.reconcile(NIGHT_4, "erp-night1.csv");
		d2 = exception("MISSING_IN_ERP:D-2");
		assertThat(d2.status()).isEqualTo(ExceptionStatus.REOPENED);
		assertThat(d2.firstSeen()).isEqualTo(NIGHT_1);
		assertThat(d2.slaDue()).isEqualTo(NIGHT_4.plus(Duration.ofHours(2)));
		assertThat(d2.resolvedAt()).isNull();
		CliRun show = nights.at(NIGHT_4, "exceptions", "show", "MISSING_IN_ERP:D-2");
		assertThat(show.out()).containsSubsequence("RUN      -         -> NEW", "RUN      NEW       -> OPEN",
				"ESCALATE OPEN      -> ESCALATED", "RUN      ESCALATED -> RESOLVED", "RUN      RESOLVED  -> REOPENED");
	}

	private TrackedException exception(String key) {
		return StoredExceptions.find(this.home, key);
	}

}
