package io.meshline.jobs.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.meshline.core.exceptions.ExceptionStatus;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.exceptions.ExceptionEvent;
import io.meshline.jobs.exceptions.ExceptionFilter;
import io.meshline.jobs.exceptions.ExceptionHistory;
import io.meshline.jobs.exceptions.ExceptionQueries;
import io.meshline.jobs.exceptions.ExceptionStore;
import io.meshline.jobs.exceptions.QueueFigures;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;

/** {@code meshline exceptions list|show|queues|ack|assign|resolve|approve}. */
@Command(name = "exceptions", mixinStandardHelpOptions = true,
		description = { "The exceptions reconcile runs keep across nights: one per finding and record, with a queue,",
				"a severity, an SLA deadline and a history of who changed what." },
		subcommands = { ExceptionsCommand.ListExceptions.class, ExceptionsCommand.Show.class,
				ExceptionsCommand.Queues.class, ExceptionActions.Ack.class, ExceptionActions.Assign.class,
				ExceptionActions.Resolve.class, ExceptionActions.Approve.class },
		footer = { "", "Exit codes: 0 done, 2 usage error, no such exception or an action its status does not allow,",
				"4 data directory busy." })
class ExceptionsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = { "List exceptions, by queue and oldest first. Without --status, all but RESOLVED." })
	static class ListExceptions implements Callable<Integer> {

		@Option(names = "--queue", paramLabel = "QUEUE", description = "Only this queue.")
		String queue;

		@Option(names = "--status", split = ",", paramLabel = "STATUS",
				description = "Only these statuses: ${COMPLETION-CANDIDATES}.")
		Set<ExceptionStatus> statuses;

		@Option(names = "--finding", paramLabel = "FINDING", description = "Only this finding type.")
		FindingType finding;

		@Option(names = "--older-than", paramLabel = "AGE", converter = ExceptionText.AgeConverter.class,
				description = "Only exceptions first found at least this long ago: 2d, 8h, 30m.")
		Duration olderThan;

		@Option(names = "--min-amount", paramLabel = "AMOUNT",
				description = "Only exceptions with at least this amount at stake (in their own currency).")
		BigDecimal minAmount;

		@Option(names = "--overdue", description = "Only exceptions past their SLA with nobody acting, or escalated.")
		boolean overdue;

		@Option(names = "--now", paramLabel = "TIME", description = "Ages as of this time (default: now).")
		String now;

		@Override
		public Integer call() throws Exception {
			PrintStream out = System.out;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				Instant at = ExceptionText.now(this.now, context);
				List<TrackedException> rows = context.bean(ExceptionQueries.class)
					.list(new ExceptionFilter(this.queue, this.statuses,
							(this.finding != null) ? this.finding.name() : null, this.olderThan, this.minAmount,
							this.overdue), at);
				int keyWidth = Math.max(13, rows.stream().mapToInt((e) -> e.key().length()).max().orElse(0));
				String format = "%-" + keyWidth + "s %-20s %-10s %-4s %-9s %-16s %-16s %8s %-16s %s%n";
				out.printf(format, "EXCEPTION_KEY", "QUEUE", "STATUS", "SEV", "AGE", "OWNER", "ASSIGNEE", "AT STAKE",
						"SLA DUE", "");
				long breached = 0;
				for (TrackedException e : rows) {
					boolean late = e.slaBreached(at);
					breached += late ? 1 : 0;
					out.printf(format, e.key(), e.queue(), e.status(), e.severity(), ExceptionText.age(e.age(at)),
							dash(e.owner()), dash(e.assignee()), e.amount().toPlainString() + " " + e.currency(),
							ExceptionText.time(e.slaDue()), late ? "SLA BREACHED" : "");
				}
				out.println(rows.size() + " exception" + (rows.size() == 1 ? "" : "s") + ", " + breached
						+ " past their SLA.");
			}
			return ExitCodes.COMPLETED;
		}

	}

	static String dash(String text) {
		return (text == null || text.isBlank()) ? "-" : text;
	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one exception and its history.")
	static class Show implements Callable<Integer> {

		@Parameters(paramLabel = "KEY", description = "The exception key, e.g. MISSING_IN_ERP:006A000001.")
		String key;

		@Option(names = "--now", paramLabel = "TIME", description = "Age as of this time (default: now).")
		String now;

		@Override
		public Integer call() throws Exception {
			PrintStream out = System.out;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				Instant at = ExceptionText.now(this.now, context);
				TrackedException e = context.bean(ExceptionStore.class).find(this.key)
					.orElseThrow(() -> MeshlineExit.usage("There is no exception " + this.key
							+ ". 'meshline exceptions list' shows them."));
				out.println("Exception " + e.key() + ": " + e.status() + (e.slaBreached(at) ? ", SLA BREACHED" : ""));
				out.println("  Finding:    " + e.finding() + " on " + e.recordId());
				out.println("  Queue:      " + e.queue() + " (" + e.severity() + "), SLA due "
						+ ExceptionText.time(e.slaDue()));
				out.println("  Owner:      " + dash(e.owner()) + "   Assignee: " + dash(e.assignee()));
				out.println("  At stake:   " + e.amount().toPlainString() + " " + e.currency());
				out.println("  First seen: " + ExceptionText.time(e.firstSeen()) + " (run " + e.firstRunId()
						+ "), last seen " + ExceptionText.time(e.lastSeen()) + " (run " + e.lastRunId() + "), age "
						+ ExceptionText.age(e.age(at)));
				out.println("  Detail:     " + e.detail());
				out.println("  History:");
				for (ExceptionEvent event : context.bean(ExceptionHistory.class).of(this.key)) {
					out.printf("    %s  %-16s %-8s %-9s -> %-9s %s%n", ExceptionText.time(event.at()), event.actor(),
							event.action(), (event.from() != null) ? event.from() : "-", event.to(),
							(event.note() != null) ? event.note() : "");
				}
			}
			return ExitCodes.COMPLETED;
		}

	}

	@Command(name = "queues", aliases = "mttr", mixinStandardHelpOptions = true,
			description = { "Per queue: open exceptions, how many are past their SLA, resolutions so far and MTTR",
					"(mean time from when an exception was found, or reopened, to its resolution)." })
	static class Queues implements Callable<Integer> {

		@Option(names = "--now", paramLabel = "TIME", description = "Overdue as of this time (default: now).")
		String now;

		@Override
		public Integer call() throws Exception {
			PrintStream out = System.out;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				Instant at = ExceptionText.now(this.now, context);
				List<QueueFigures> queues = context.bean(ExceptionQueries.class).queues(at);
				out.printf("%-24s %6s %8s %9s %9s%n", "QUEUE", "OPEN", "OVERDUE", "RESOLVED", "MTTR");
				for (QueueFigures q : queues) {
					out.printf("%-24s %6d %8d %9d %9s%n", q.queue(), q.open(), q.overdue(), q.resolved(),
							ExceptionText.age(q.mttr()));
				}
				if (queues.isEmpty()) {
					out.println("(no exceptions yet)");
				}
			}
			return ExitCodes.COMPLETED;
		}

	}

}
