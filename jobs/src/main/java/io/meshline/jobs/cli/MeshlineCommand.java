package io.meshline.jobs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands. */
@Command(name = "meshline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Keeps a CRM and an ERP honest with each other: reconcile won deals against invoices,",
				"backfill the missing invoices exactly once, report on the runs.", "",
				"Data directory: $MESHLINE_HOME (default ./.meshline) holds the embedded database and logs." },
		subcommands = { ReconcileCommand.class, BackfillCommand.class, PromoteCommand.class,
				VerifyCommand.class, ReportCommand.class, FormatsCommand.class, ContractCommand.class,
				JobsCommand.class, GenerateCommand.class, PolicyCommand.class, ExceptionsCommand.class,
				EscalateCommand.class, AuditCommand.class, ReplayCommand.class },
		footer = { "", "Exit codes: 0 completed, 1 job failed (restartable), 2 usage/contract/input error,",
				"3 completed but --fail-on or --max-reject-rate matched, a promotion gate failed or verify found",
				"residuals, escalate escalated exceptions, 4 data directory busy." })
public class MeshlineCommand implements Runnable {

	@Spec
	CommandSpec spec;

	/** Who the audit trail records this command's events for; a property so the Spring context sees it. */
	@Option(names = "--actor", paramLabel = "NAME",
			description = "Name recorded in the audit trail (default: $MESHLINE_ACTOR, else $USER, else the OS user).")
	void actor(String name) {
		System.setProperty(ACTOR_PROPERTY, name);
	}

	static final String ACTOR_PROPERTY = "meshline.actor";

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

}
