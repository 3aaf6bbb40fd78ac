package io.meshline.samples;

import java.util.List;

/**
 * The pool of accounts deals are sold to, each a pure function of its index so a million deals
 * need no account table in memory. The ERP customer name adds a legal suffix to the CRM name,
 * as ledgers do, which is why a crosswalk is needed. Stateless and thread-safe.
 */
final class SampleAccounts {

	static final int MAX_POOL = 5_000;

	private static final List<String> FIRST = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay",
			"Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Aperture", "Massive", "Oscorp", "Pied Piper",
			"Blue Sun", "Nakatomi", "Gringotts", "Monarch", "Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware",
			"Adatum", "Proseware", "Lamna", "Alpine", "Coho");

	private static final List<String> SECOND = List.of("Analytics", "Logistics", "Foods", "Health", "Energy",
			"Robotics", "Media", "Capital", "Labs", "Systems", "Retail", "Airlines", "Pharma", "Software", "Mining",
			"Textiles", "Insurance", "Studios", "Motors", "Telecom");

	private static final List<String> SUFFIX = List.of(" Inc.", " Ltd", " GmbH", " LLC", " S.A.");

	private final SampleIds ids;

	private final int size;

	SampleAccounts(SampleIds ids, long deals) {
		this.ids = ids;
		this.size = (int) Math.max(2, Math.min(MAX_POOL, deals / 4));
	}

	int size() {
		return this.size;
	}

	SampleAccount account(int index) {
		int combos = FIRST.size() * SECOND.size();
		// 11 is coprime with the 20 second words, so each of the 600 pairs comes up once per round
		// while neighbouring accounts still get different second words.
		int round = index / FIRST.size();
		String name = FIRST.get(index % FIRST.size()) + " "
				+ SECOND.get((11 * round + index % FIRST.size()) % SECOND.size())
				+ ((index >= combos) ? " " + (index / combos + 1) : "");
		return new SampleAccount(index, this.ids.accountId(index), name, this.ids.customerId(index),
				name + SUFFIX.get(index % SUFFIX.size()));
	}

	/** One account on both sides: CRM id (or {@code null}) and name, ERP id (or {@code null}) and name. */
	record SampleAccount(int index, String crmId, String name, String customerId, String customerName) {

		/** What the crosswalk maps from: the CRM id, or the name when the CRM exports only names. */
		String crmKey() {
			return (this.crmId != null) ? this.crmId : this.name;
		}

		/** What the crosswalk maps to: the ERP id, or the name when the ledger is keyed by name. */
		String erpKey() {
			return (this.customerId != null) ? this.customerId : this.customerName;
		}

	}

}
