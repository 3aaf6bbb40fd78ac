package io.meshline.samples;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.meshline.writers.export.CrmExportWriter;
import io.meshline.writers.export.GenericCrmWriter;
import io.meshline.writers.export.HubSpotDealWriter;
import io.meshline.writers.export.SalesforceOpportunityWriter;

/** The CRM export shapes the generator can write, with the stage labels each CRM uses. */
public enum CrmFormat {

	/** A Salesforce Opportunity Data Loader export. */
	SALESFORCE("salesforce", List.of("Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
			"Negotiation/Review")),

	/** A HubSpot Deals view export; companies by name only. */
	HUBSPOT("hubspot", List.of("Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled",
			"Decision Maker Bought-In", "Contract Sent")),

	/** Meshline's generic CRM contract. */
	GENERIC("generic-crm", List.of("Discovery", "Proposal", "Negotiation"));

	private final String contract;

	private final List<String> openStages;

	CrmFormat(String contract, List<String> openStages) {
		this.contract = contract;
		this.openStages = openStages;
	}

	/** The contract name used on the command line, such as {@code salesforce}. */
	public String contract() {
		return this.contract;
	}

	List<String> openStages() {
		return this.openStages;
	}

	/** Whether the CRM keys accounts by name, so the crosswalk maps names. */
	boolean keysAccountsByName() {
		return this == HUBSPOT;
	}

	CrmExportWriter open(Path file) {
		return switch (this) {
			case SALESFORCE -> new SalesforceOpportunityWriter(file);
			case HUBSPOT -> new HubSpotDealWriter(file);
			case GENERIC -> new GenericCrmWriter(file);
		};
	}

	/**
	 * The format with the given contract name.
	 * @throws IllegalArgumentException naming the accepted names when there is none
	 */
	public static CrmFormat fromContract(String contract) {
		return Arrays.stream(values()).filter((format) -> format.contract.equals(contract)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("CRM format \"" + contract
					+ "\" is not one of salesforce, hubspot, generic-crm."));
	}

}
