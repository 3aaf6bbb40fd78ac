package io.meshline.jobs.backfill;

import java.nio.file.Path;
import java.util.List;

/** Builds the target a batch names. */
final class BackfillTargets {

	static final List<String> KINDS = List.of(NetSuiteCsvTarget.KIND, QuickBooksCsvTarget.KIND, JdbcTarget.KIND);

	private BackfillTargets() {
	}

	/**
	 * @param url the published file or JDBC URL; for a file target {@code null} means
	 * {@code <kind>-import.csv} in the batch's output folder
	 * @throws IllegalArgumentException for an unknown kind, or a JDBC target without a URL
	 */
	static BackfillTarget of(String kind, String url, Path outDir) {
		return switch (kind) {
			case NetSuiteCsvTarget.KIND -> new NetSuiteCsvTarget(published(kind, url, outDir), outDir);
			case QuickBooksCsvTarget.KIND -> new QuickBooksCsvTarget(published(kind, url, outDir), outDir);
			case JdbcTarget.KIND -> {
				if (url == null || !url.startsWith("jdbc:")) {
					throw new IllegalArgumentException("The jdbc target needs --target-url jdbc:..., for example "
							+ "jdbc:postgresql://127.0.0.1:5432/erp?user=meshline.");
				}
				yield new JdbcTarget(url, System.getenv("MESHLINE_TARGET_USER"),
						System.getenv("MESHLINE_TARGET_PASSWORD"));
			}
			default -> throw new IllegalArgumentException(
					"Unknown target \"" + kind + "\"; the targets are " + String.join(", ", KINDS) + ".");
		};
	}

	private static Path published(String kind, String url, Path outDir) {
		return (url != null) ? Path.of(url).toAbsolutePath().normalize() : outDir.resolve(kind + "-import.csv");
	}

}
