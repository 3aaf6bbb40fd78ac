package io.meshline.jobs.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Turns a reconcile run's job parameters back into the {@code reconcile} options that gave them,
 * by one rule, so a new file option needs no change here: {@code X.path} is the file option
 * {@code --X} (role {@code X}); {@code X.contract} is {@code --X-contract FILE} (role
 * {@code X-contract}) for a contract file and {@code --X-format NAME} otherwise; {@code drift.runs=0}
 * is {@code --no-drift}; any other {@code a.b} is {@code --a-b VALUE}. Hashes, the output folder,
 * the sequence number, the replay marker and a policy's version are not options.
 */
public final class ManifestOptions {

	// What a command computes from its files (their hashes, a policy's version) is checked again when
	// the replay's command runs, so it is never passed as an option.
	private static final Set<String> NOT_OPTIONS = Set.of("out.dir", "run.seq", "replay.of", "policy.version");

	private static boolean isOption(String parameter) {
		return !NOT_OPTIONS.contains(parameter) && !parameter.endsWith(".sha256");
	}

	private static final String FILE_PREFIX = "file:";

	private ManifestOptions() {
	}

	/** A job parameter as an option: a file to archive ({@code role != null}) or a plain value. */
	public record Option(String role, String name, String value) {

		public boolean isFile() {
			return this.role != null;
		}

	}

	public static List<Option> of(JobParameters parameters) {
		List<Option> options = new ArrayList<>();
		boolean noDrift = "0".equals(parameters.getString("drift.runs"));
		parameters.parameters().stream()
			.sorted(Comparator.comparing(JobParameter::name))
			.forEach((parameter) -> {
				String name = parameter.name();
				String value = String.valueOf(parameter.value());
				if (!isOption(name) || (noDrift && name.equals("drift.tolerance"))) {
					return;
				}
				if (name.endsWith(".path")) {
					String role = name.substring(0, name.length() - ".path".length()).replace('.', '-');
					options.add(new Option(role, "--" + role, value));
				}
				else if (name.endsWith(".contract")) {
					String side = name.substring(0, name.length() - ".contract".length()).replace('.', '-');
					options.add(value.startsWith(FILE_PREFIX)
							? new Option(side + "-contract", "--" + side + "-contract", value.substring(FILE_PREFIX.length()))
							: new Option(null, "--" + side + "-format", value));
				}
				else if (name.equals("drift.runs") && value.equals("0")) {
					options.add(new Option(null, "--no-drift", ""));
				}
				else {
					options.add(new Option(null, "--" + name.replace('.', '-'), value));
				}
			});
		return options;
	}

}
