package io.meshline.jobs.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.meshline.core.contract.Contract;
import io.meshline.readers.contract.ContractCatalog;

/** {@code meshline formats}: the built-in contracts. */
@Command(name = "formats", mixinStandardHelpOptions = true,
		description = "List the built-in contracts (export formats) that --crm-format and --erp-format accept.")
class FormatsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("%-12s %-4s %s%n", "NAME", "SIDE", "DESCRIPTION");
		for (String name : ContractCatalog.builtInNames()) {
			Contract contract = ContractCatalog.builtIn(name);
			out.printf("%-12s %-4s %s%n", name, contract.side().name().toLowerCase(java.util.Locale.ROOT),
					contract.description());
		}
		out.println();
		out.println("Show one, ready to copy and edit: meshline contract show NAME");
		out.flush();
	}

}
