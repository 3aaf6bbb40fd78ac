package io.meshline.jobs.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.meshline.readers.contract.ContractCatalog;

/** {@code meshline contract show NAME}: prints a built-in contract as YAML. */
@Command(name = "contract", mixinStandardHelpOptions = true, description = "Work with contracts.",
		subcommands = ContractCommand.Show.class)
class ContractCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = { "Print a built-in contract as YAML, ready to copy and edit for an export that differs.",
					"Use the edited file with --crm-contract FILE or --erp-contract FILE." })
	static class Show implements Runnable {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "NAME", description = "A built-in contract; see 'meshline formats'.")
		String name;

		@Override
		public void run() {
			PrintWriter out = this.spec.commandLine().getOut();
			try {
				out.print(ContractCatalog.builtInSource(this.name));
			}
			catch (IllegalArgumentException ex) {
				throw MeshlineExit.usage(ex.getMessage());
			}
			out.flush();
		}

	}

}
