package io.meshline.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version the build stamped into the jar. */
class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("/io/meshline/jobs/version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		return new String[] { "meshline " + properties.getProperty("version", "unknown"),
				"Java " + System.getProperty("java.version") };
	}

}
