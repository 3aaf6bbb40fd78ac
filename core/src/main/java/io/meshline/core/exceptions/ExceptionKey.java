package io.meshline.core.exceptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.meshline.core.reconcile.Finding;
import io.meshline.core.reconcile.FindingType;

/**
 * The stable key of the exception a finding belongs to: {@code <FINDING>:<record id>}, the same on
 * every run that finds the same thing. The record id is the CRM deal id; for {@code ORPHAN_IN_ERP}
 * (one finding per invoice, while several orphans may share a reference) and for findings without
 * a deal id it is the invoice id(s) joined with {@code |}. {@code POLICY_VIOLATION} uses the deal id,
 * {@code DRIFT} whatever its finding carries as CRM id (the metric). A record id longer than 200
 * characters is cut and suffixed with a hash of the whole, so the key fits an index. Stateless.
 */
public final class ExceptionKey {

	private static final int MAX_RECORD_ID = 200;

	private ExceptionKey() {
	}

	/** The key of {@code finding}; never {@code null}. */
	public static String of(Finding finding) {
		String recordId = recordId(finding);
		if (recordId.length() > MAX_RECORD_ID) {
			recordId = recordId.substring(0, 160) + "~" + sha256(recordId).substring(0, 16);
		}
		return finding.type().name() + ":" + recordId;
	}

	/** The record the finding is about, uncut: deal id, else invoice id(s). */
	public static String recordId(Finding finding) {
		boolean byInvoice = finding.type() == FindingType.ORPHAN_IN_ERP || finding.crmId() == null
				|| finding.crmId().isEmpty();
		return (byInvoice && !finding.erpIds().isEmpty()) ? String.join("|", finding.erpIds())
				: (finding.crmId() != null) ? finding.crmId() : "";
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
