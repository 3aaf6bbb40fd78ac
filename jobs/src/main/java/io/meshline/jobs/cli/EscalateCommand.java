package io.meshline.jobs.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.meshline.jobs.exceptions.Escalation;
import io.meshline.jobs.exceptions.Escalation.Outcome;
import io.meshline.jobs.exceptions.ExceptionStore;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;

/** {@code meshline escalate}: overdue exceptions become ESCALATED, one file per queue. Made for cron. */
@Command(name = "escalate", mixinStandardHelpOptions = true,
		description = { "Escalate every exception nobody acted on (NEW, OPEN, REOPENED) whose SLA deadline has",
				"passed: it becomes ESCALATED (once) and is listed in its queue's file",
				"escalations-<queue>-<time>.csv in --out. Acknowledged and approved exceptions are not escalated." },
		footer = { "", "Exit codes: 0 nothing was overdue, 3 exceptions were escalated (files written),",
				"2 usage error, 4 data directory busy." })
class EscalateCommand implements Callable<Integer> {

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "meshline-out/escalations",
			description = "Where to write the files (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--now", paramLabel = "TIME", description = "Escalate as of this time (default: now).")
	String now;

	@Option(names = "--actor", paramLabel = "NAME", defaultValue = ExceptionStore.SYSTEM_ACTOR,
			description = "Recorded in each exception's history (default: ${DEFAULT-VALUE}).")
	String actor;

	@Override
	public Integer call() throws Exception {
		Outcome outcome;
		try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
			Instant at = ExceptionText.now(this.now, context);
			outcome = context.bean(Escalation.class).escalate(at, this.actor, this.out.toAbsolutePath());
		}
		if (outcome.total() == 0) {
			System.out.println("Nothing is overdue; no exception was escalated.");
			return ExitCodes.COMPLETED;
		}
		System.out.println(outcome.total() + " exception" + (outcome.total() == 1 ? "" : "s") + " escalated:");
		for (Map.Entry<String, Path> file : outcome.files().entrySet()) {
			System.out.println("  " + file.getKey() + ": " + outcome.counts().get(file.getKey()) + " in "
					+ file.getValue());
		}
		return ExitCodes.THRESHOLD;
	}

}
