package io.meshline.jobs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code meshline policy check|approve}: try a policy on an export without acting; approve a held deal. */
@Command(name = "policy", mixinStandardHelpOptions = true,
		description = "Policy files: check one (and what it would do to a CRM export) before a run uses it; "
				+ "approve a deal a REQUIRE_APPROVAL rule holds back from backfill.",
		subcommands = { PolicyCheckCommand.class })
class PolicyCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

}
