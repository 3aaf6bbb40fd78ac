package io.meshline.jobs.home;

import java.nio.file.Path;

/**
 * The data directory: the embedded database, logs and the run lock. {@code MESHLINE_HOME}, else
 * {@code ./.meshline}, always resolved to an absolute path because HSQLDB resolves a relative
 * file URL against whatever the working directory happens to be.
 */
public record MeshlineHome(Path root) {

	public static final String ENVIRONMENT_VARIABLE = "MESHLINE_HOME";

	public MeshlineHome {
		root = root.toAbsolutePath().normalize();
	}

	/** The system property {@code meshline.home}, else the environment variable, else {@code ./.meshline}. */
	public static MeshlineHome fromEnvironment() {
		String configured = System.getProperty("meshline.home", System.getenv(ENVIRONMENT_VARIABLE));
		return new MeshlineHome(Path.of((configured == null || configured.isBlank()) ? ".meshline" : configured));
	}

	public Path lockFile() {
		return this.root.resolve("meshline.lock");
	}

}
