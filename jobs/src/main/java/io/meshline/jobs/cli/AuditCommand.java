package io.meshline.jobs.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.meshline.core.audit.AuditEvent;
import io.meshline.core.audit.AuditHead;
import io.meshline.jobs.audit.AuditLog;
import io.meshline.jobs.audit.AuditVerification.Verdict;
import io.meshline.jobs.audit.AuditVerification;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;

/** {@code meshline audit verify|list}: check the audit trail's hash chain, or read it. */
@Command(name = "audit", mixinStandardHelpOptions = true,
		description = { "The tamper-evident audit trail: verify its hash chain, or list its events.", "",
				"Runs started and resumed, backfill chunks staged and promotions are recorded,",
				"each event chained to the one before by SHA-256." },
		subcommands = { AuditCommand.Verify.class, AuditCommand.ListEvents.class })
class AuditCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = { "Check the audit trail's hash chain and name the first tampered event.", "",
					"Every event's hash must match its content and link to the event before, and",
					"the trail must still hold the newest event recorded in the ML_AUDIT_HEAD row,",
					"the data directory's audit/head file and --expect-head. Prints OK with the",
					"count and the head SEQ:HASH, or the first event edited, deleted or reordered." },
			footer = { "", "Exit codes: 0 intact, 3 tampered with (the message names the event),",
					"2 usage error, 4 data directory busy." })
	static class Verify implements Callable<Integer> {

		@Option(names = "--expect-head", paramLabel = "SEQ:HASH",
				description = "A head printed by an earlier verify and kept elsewhere: the trail must still hold it.")
		String expectHead;

		@Override
		public Integer call() throws Exception {
			Optional<AuditHead> kept = Optional.empty();
			if (this.expectHead != null) {
				kept = Optional.of(AuditHead.parse(this.expectHead, "--expect-head")
					.orElseThrow(() -> MeshlineExit.usage("--expect-head is SEQ:HASH as 'audit verify' prints it, "
							+ "e.g. 42:" + "0".repeat(64) + ", not " + this.expectHead)));
			}
			Verdict verdict;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				verdict = context.bean(AuditVerification.class).verify(kept);
			}
			if (!verdict.intact()) {
				System.err.println("meshline: audit trail broken at event " + verdict.problem().seq() + " ("
						+ verdict.problem().problem().name().toLowerCase() + "): " + verdict.problem().message());
				return ExitCodes.THRESHOLD;
			}
			AuditEvent last = verdict.last();
			System.out.println("OK: " + verdict.count() + " events, chain intact; head "
					+ ((last != null) ? last.seq() + ":" + last.hash() : "0 (empty trail)") + ".");
			return ExitCodes.COMPLETED;
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "List audit events, oldest first: sequence, time (UTC), actor, kind, subject, detail.")
	static class ListEvents implements Callable<Integer> {

		@Option(names = "--since", paramLabel = "WHEN",
				description = "Only events at or after this date (yyyy-MM-dd, local) or time (yyyy-MM-ddTHH:mm, local).")
		String since;

		@Option(names = "--kind", paramLabel = "KIND", description = "Only events of this kind, e.g. run.started.")
		String kind;

		@Option(names = "--limit", paramLabel = "N", defaultValue = "200",
				description = "At most the N newest matching events (default: ${DEFAULT-VALUE}).")
		int limit;

		@Override
		public Integer call() throws Exception {
			LocalDateTime from = (this.since != null) ? sinceUtc(this.since) : null;
			List<AuditEvent> events;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				events = context.bean(AuditLog.class).newest(from, this.kind, this.limit);
			}
			System.out.println("SEQ  TIME (UTC)  ACTOR  KIND  SUBJECT  DETAIL");
			for (AuditEvent event : events) {
				System.out.println(event.seq() + "  " + event.at() + "  " + event.actor() + "  " + event.kind() + "  "
						+ event.subject() + "  " + event.detail());
			}
			if (events.isEmpty()) {
				System.out.println("(no events)");
			}
			return ExitCodes.COMPLETED;
		}

		private static LocalDateTime sinceUtc(String text) {
			try {
				LocalDateTime local = (text.length() <= 10) ? LocalDate.parse(text).atStartOfDay()
						: LocalDateTime.parse(text);
				return local.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
			}
			catch (DateTimeParseException ex) {
				throw MeshlineExit.usage("--since is a date like 2026-10-31 or a time like 2026-10-31T18:30, not "
						+ text + ".");
			}
		}

	}

}
