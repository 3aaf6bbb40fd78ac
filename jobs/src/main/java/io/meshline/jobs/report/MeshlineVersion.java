package io.meshline.jobs.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the build stamped into the jar, for the reports' footers. */
public final class MeshlineVersion {

	private MeshlineVersion() {
	}

	public static String get() {
		Properties properties = new Properties();
		try (InputStream in = MeshlineVersion.class.getResourceAsStream("/io/meshline/jobs/version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("version", "unknown");
	}

}
