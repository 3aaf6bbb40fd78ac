package io.meshline.jobs.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code reconcile} options that rerun a recorded run from the archive: each recorded file
 * option points at its archived copy (checked: present, and its content still has the recorded
 * hash), each other option keeps its value, and options given by the person replace the recorded
 * option of the same name (a contract file and a built-in format of one side replace each other).
 */
public final class ReplayPlan {

	private ReplayPlan() {
	}

	/** Why a run cannot be replayed: a sentence for the person who asked. */
	public static final class NotReplayable extends Exception {

		private static final long serialVersionUID = 1L;

		NotReplayable(String message) {
			super(message);
		}

	}

	/**
	 * @param run the run's id, for messages
	 * @param manifest its manifest; empty when it recorded none
	 * @param archive the data directory's archive
	 * @param overrides options after {@code --}, each {@code --name value} or a flag
	 */
	public static List<String> arguments(long run, List<ManifestEntry> manifest, InputArchive archive,
			List<String> overrides) throws IOException, NotReplayable {
		if (manifest.isEmpty()) {
			throw new NotReplayable("Run " + run + " has no manifest: it is not a reconcile run, or it was made before "
					+ "runs recorded their inputs. 'meshline jobs list' shows the runs.");
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (ManifestEntry entry : manifest) {
			if (ManifestEntry.TOOL.equals(entry.role())) {
				continue;
			}
			options.put(entry.option(), entry.isFile() ? archived(run, entry, archive).toString() : entry.value());
		}
		Map<String, String> given = parse(overrides);
		for (String name : given.keySet()) {
			options.remove(counterpart(name));
			if (name.equals("--no-drift")) {
				options.remove("--drift-runs");
				options.remove("--drift-tolerance");
			}
		}
		options.putAll(given);
		List<String> arguments = new ArrayList<>();
		options.forEach((name, value) -> {
			arguments.add(name);
			if (!value.isEmpty()) {
				arguments.add(value);
			}
		});
		return arguments;
	}

	private static Path archived(long run, ManifestEntry entry, InputArchive archive) throws IOException, NotReplayable {
		Path copy = archive.pathOf(entry.sha256());
		String what = "run " + run + "'s " + entry.role() + " file (" + entry.option() + ", originally " + entry.value()
				+ ", SHA-256 " + entry.sha256() + ")";
		if (!Files.isRegularFile(copy)) {
			throw new NotReplayable("Cannot replay: " + what + " is not in the archive: " + copy + " is missing.");
		}
		String now = FileHash.sha256(copy);
		if (!now.equals(entry.sha256())) {
			throw new NotReplayable("Cannot replay: the archived copy of " + what + " was changed: " + copy
					+ " now has SHA-256 " + now + ".");
		}
		return copy;
	}

	/** {@code --name value} pairs and flags (a name followed by another name, or last). */
	private static Map<String, String> parse(List<String> overrides) throws NotReplayable {
		Map<String, String> given = new LinkedHashMap<>();
		for (int i = 0; i < overrides.size(); i++) {
			String name = overrides.get(i);
			if (!name.startsWith("--")) {
				throw new NotReplayable("After --, give reconcile options (--name value), not \"" + name + "\".");
			}
			if (name.equals("--out")) {
				throw new NotReplayable("Give the replay's output folder as 'meshline replay RUN --out DIR', before --.");
			}
			boolean flag = i + 1 == overrides.size() || overrides.get(i + 1).startsWith("--");
			given.put(name, flag ? "" : overrides.get(++i));
		}
		return given;
	}

	private static String counterpart(String name) {
		if (name.endsWith("-contract")) {
			return name.substring(0, name.length() - "-contract".length()) + "-format";
		}
		if (name.endsWith("-format")) {
			return name.substring(0, name.length() - "-format".length()) + "-contract";
		}
		return name;
	}

}
