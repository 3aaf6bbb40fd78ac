package io.meshline.jobs.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import io.meshline.core.policy.DealPolicyCheck;
import io.meshline.core.policy.Policy;
import io.meshline.core.policy.PriceBook;
import io.meshline.readers.policy.PolicyLoader;
import io.meshline.readers.policy.PriceBookReader;

/**
 * The policy of a reconcile run as job parameters: the policy file, its SHA-256 and version, and
 * the price book. All identifying, so a run resumed with a changed policy is a new run.
 *
 * @param policyPath the policy file, absolute; never {@code null}
 * @param policySha256 its SHA-256 when the run was requested; never {@code null}
 * @param policyVersion its {@code version}; never {@code null}
 * @param pricebookPath the price book, absolute, or {@code null}
 * @param pricebookSha256 its SHA-256, or {@code null}
 */
public record PolicyParameters(String policyPath, String policySha256, String policyVersion, String pricebookPath,
		String pricebookSha256) {

	static final String POLICY_PATH = "policy.path";

	static final String POLICY_SHA256 = "policy.sha256";

	static final String POLICY_VERSION = "policy.version";

	static final String PRICEBOOK_PATH = "pricebook.path";

	static final String PRICEBOOK_SHA256 = "pricebook.sha256";

	/**
	 * Reads and checks a policy file and its price book before anything runs.
	 * @param pricebook the price book, or {@code null}
	 * @throws io.meshline.readers.policy.InvalidPolicyException naming the file and rule (or line
	 *     and column) when either is not valid
	 */
	public static PolicyParameters checked(Path policy, Path pricebook) throws IOException {
		Policy loaded = PolicyLoader.load(policy);
		if (pricebook != null) {
			PriceBookReader.read(pricebook);
		}
		return new PolicyParameters(absolute(policy), loaded.sha256(), loaded.version(), absolute(pricebook),
				(pricebook != null) ? sha256(pricebook) : null);
	}

	private static String absolute(Path file) {
		return (file != null) ? file.toAbsolutePath().normalize().toString() : null;
	}

	/** Adds the parameters to {@code builder}. */
	public void addTo(JobParametersBuilder builder) {
		builder.addString(POLICY_PATH, this.policyPath, true);
		builder.addString(POLICY_SHA256, this.policySha256, true);
		builder.addString(POLICY_VERSION, this.policyVersion, true);
		if (this.pricebookPath != null) {
			builder.addString(PRICEBOOK_PATH, this.pricebookPath, true);
			builder.addString(PRICEBOOK_SHA256, this.pricebookSha256, true);
		}
	}

	/** The policy parameters of a run, or {@code null} when it has no policy. */
	public static PolicyParameters from(JobParameters parameters) {
		String path = parameters.getString(POLICY_PATH);
		if (path == null) {
			return null;
		}
		return new PolicyParameters(path, parameters.getString(POLICY_SHA256), parameters.getString(POLICY_VERSION),
				parameters.getString(PRICEBOOK_PATH), parameters.getString(PRICEBOOK_SHA256));
	}

	/** What {@code summary.json} lists under parameters. */
	public Map<String, String> summaryEntries() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("policy", this.policyPath);
		map.put("policy_version", this.policyVersion);
		map.put("policy_sha256", this.policySha256);
		if (this.pricebookPath != null) {
			map.put("pricebook", this.pricebookPath);
			map.put("pricebook_sha256", this.pricebookSha256);
		}
		return map;
	}

	/**
	 * Loads the policy and price book for the classify step.
	 * @throws IllegalStateException when the policy file changed since the run was requested: the
	 *     run must apply the policy it names, so it stops rather than apply another
	 */
	public DealPolicyCheck load() throws IOException {
		Policy policy = PolicyLoader.load(Path.of(this.policyPath));
		if (!policy.sha256().equals(this.policySha256)) {
			throw new IllegalStateException("The policy file " + this.policyPath + " changed since this run started "
					+ "(SHA-256 " + this.policySha256 + ", now " + policy.sha256() + "). Put the original back to resume "
					+ "the run, or start a new run.");
		}
		PriceBook book = PriceBook.empty();
		if (this.pricebookPath != null) {
			String now = sha256(Path.of(this.pricebookPath));
			if (!now.equals(this.pricebookSha256)) {
				throw new IllegalStateException("The price book " + this.pricebookPath + " changed since this run "
						+ "started (SHA-256 " + this.pricebookSha256 + ", now " + now + "). Put the original back to "
						+ "resume the run, or start a new run.");
			}
			book = PriceBookReader.read(Path.of(this.pricebookPath));
		}
		return new DealPolicyCheck(policy, book);
	}

	/** The SHA-256 of a file, hex: what identifies a policy or price book. */
	public static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
