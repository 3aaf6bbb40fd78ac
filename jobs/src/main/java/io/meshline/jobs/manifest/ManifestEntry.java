package io.meshline.jobs.manifest;

/**
 * One line of a run's manifest: a file it read (archived by content), an option it ran with, or
 * the tool version.
 *
 * @param role {@code crm}, {@code erp}, {@code crosswalk}, {@code crm-contract}, {@code routing},
 * {@code policy}... for files; {@code option} for options; {@code tool} for the version
 * @param option the {@code reconcile} option that gives it, e.g. {@code --crm} ({@code version} for the tool)
 * @param value the original path of a file, or the option's value (empty for a flag)
 * @param sha256 the file's content hash, {@code null} for options
 * @param size the file's size in bytes, {@code null} for options
 */
public record ManifestEntry(String role, String option, String value, String sha256, Long size) {

	public static final String OPTION = "option";

	public static final String TOOL = "tool";

	public boolean isFile() {
		return this.sha256 != null;
	}

}
