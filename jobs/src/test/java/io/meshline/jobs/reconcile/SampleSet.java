package io.meshline.jobs.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;

/** A committed sample set under {@code samples/}, with the formats it is written in. */
public record SampleSet(String folder, String crmFormat, String erpFormat) {

	public static final SampleSet SALESFORCE_NETSUITE = new SampleSet("salesforce-netsuite", "salesforce", "netsuite");

	public static final SampleSet HUBSPOT_QUICKBOOKS = new SampleSet("hubspot-quickbooks", "hubspot", "quickbooks");

	public static final SampleSet GENERIC = new SampleSet("generic", "generic-crm", "generic-erp");

	public Path dir() {
		// Tests run in the module folder; the samples sit beside it in the reactor.
		Path dir = Path.of("..", "samples", this.folder).toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("No sample set at " + dir);
		}
		return dir;
	}

	public Path crm() {
		return dir().resolve("crm.csv");
	}

	public Path erp() {
		return dir().resolve("erp.csv");
	}

	public Path crosswalk() {
		return dir().resolve("crosswalk.csv");
	}

	public Path planted() {
		return dir().resolve("planted.csv");
	}

	public String[] reconcileArgs(Path out, String... extra) {
		String[] base = { "reconcile", "--crm", crm().toString(), "--crm-format", this.crmFormat, "--erp",
				erp().toString(), "--erp-format", this.erpFormat, "--crosswalk", crosswalk().toString(), "--out",
				out.toString(), "--progress", "never" };
		String[] all = new String[base.length + extra.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(extra, 0, all, base.length, extra.length);
		return all;
	}

	@Override
	public String toString() {
		return this.folder;
	}

}
