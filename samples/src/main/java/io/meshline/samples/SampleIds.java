package io.meshline.samples;

import java.util.List;

/**
 * Record ids that look like each system's: Salesforce 18-character ids with their real case
 * checksum, HubSpot numeric record ids, NetSuite numeric internal ids, QuickBooks invoice
 * numbers, generic {@code D-000001}. Ids are pure functions of an index, so nothing is kept in
 * memory, and an index at or beyond the deal count gives an id the CRM file does not have.
 * Stateless and thread-safe.
 */
final class SampleIds {

	private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final String CHECKSUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

	// Offsets so the ids look like those of a mature org rather than the first records ever made.
	private static final long SALESFORCE_OFFSET = 41_000_000_000L;

	private static final long HUBSPOT_OFFSET = 20_000_000_000L;

	private static final List<String> OWNERS = List.of("Dana Scully", "Ravi Patel", "Maria Lopez", "Tom Becker",
			"Aiko Tanaka", "Sam O'Neill");

	private final CrmFormat crm;

	private final ErpFormat erp;

	SampleIds(CrmFormat crm, ErpFormat erp) {
		this.crm = crm;
		this.erp = erp;
	}

	String dealId(long index) {
		return switch (this.crm) {
			case SALESFORCE -> salesforceId("006", SALESFORCE_OFFSET + index);
			// Spaced and jittered like ids shared with other objects, but strictly increasing.
			case HUBSPOT -> Long.toString(HUBSPOT_OFFSET + index * 7 + Math.floorMod(index * 2_654_435_761L, 7));
			case GENERIC -> String.format("D-%06d", index + 1);
		};
	}

	/** The CRM account id, or {@code null} for a CRM that exports companies by name only. */
	String accountId(int index) {
		return switch (this.crm) {
			case SALESFORCE -> salesforceId("001", SALESFORCE_OFFSET + index);
			case HUBSPOT -> null;
			case GENERIC -> String.format("A-%05d", index + 1);
		};
	}

	String owner(int index) {
		int slot = Math.floorMod(index, OWNERS.size());
		return (this.crm == CrmFormat.SALESFORCE) ? salesforceId("005", SALESFORCE_OFFSET + slot) : OWNERS.get(slot);
	}

	int ownerCount() {
		return OWNERS.size();
	}

	/** The ERP customer id, or {@code null} for a ledger keyed by customer name. */
	String customerId(int index) {
		return switch (this.erp) {
			case NETSUITE -> Integer.toString(1_200 + index);
			case QUICKBOOKS -> null;
			case GENERIC -> String.format("C-%05d", index + 1);
		};
	}

	String invoiceId(long number) {
		return switch (this.erp) {
			// Internal ids are shared by every transaction type, so invoices leave gaps.
			case NETSUITE -> Long.toString(40_000 + number * 3 + number % 3);
			case QUICKBOOKS -> Long.toString(1_001 + number);
			case GENERIC -> String.format("INV-%06d", number + 1);
		};
	}

	String documentNumber(long number) {
		return switch (this.erp) {
			case NETSUITE -> "INV" + (10_000 + number);
			case QUICKBOOKS -> Long.toString(1_001 + number);
			case GENERIC -> String.format("DOC-%06d", number + 1);
		};
	}

	/** A Salesforce 18-character id: key prefix, pod, a base-62 counter and the case checksum. */
	static String salesforceId(String keyPrefix, long counter) {
		StringBuilder id = new StringBuilder(keyPrefix).append("Ec");
		char[] digits = new char[10];
		long rest = counter;
		for (int i = digits.length - 1; i >= 0; i--) {
			digits[i] = BASE62.charAt((int) (rest % 62));
			rest /= 62;
		}
		id.append(digits);
		for (int chunk = 0; chunk < 3; chunk++) {
			int bits = 0;
			for (int i = 0; i < 5; i++) {
				char c = id.charAt(chunk * 5 + i);
				if (c >= 'A' && c <= 'Z') {
					bits |= 1 << i;
				}
			}
			id.append(CHECKSUM.charAt(bits));
		}
		return id.toString();
	}

}
