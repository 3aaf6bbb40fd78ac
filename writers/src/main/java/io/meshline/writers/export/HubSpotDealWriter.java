package io.meshline.writers.export;

import java.nio.file.Path;
import java.time.Instant;

import io.meshline.core.model.CrmDeal;
import io.meshline.writers.csv.CsvFileWriter;

/**
 * Writes deals the way HubSpot's Deals view export does: {@code Record ID} first, then property
 * labels; stage labels such as {@code Closed Won}; {@code Close Date} as {@code yyyy-MM-dd HH:mm}
 * at midnight, which is what a date picked in the UI is stored as. The company is written by name
 * only, as HubSpot exports it. Not thread-safe.
 */
public final class HubSpotDealWriter extends CsvFileWriter implements CrmExportWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount",
			"Deal owner", "Associated Company", "Currency" };

	public HubSpotDealWriter(Path file) {
		super(file, false, HEADER);
	}

	/** Writes one deal; HubSpot's view export has no creation column, so {@code createdAt} is unused. */
	@Override
	public void write(CrmDeal deal, Instant createdAt) {
		String stage = (deal.stage() != null) ? deal.stage() : (deal.won() ? "Closed Won" : null);
		printRow(deal.dealId(), deal.dealName(), stage, deal.closeDate() + " 00:00",
				amount(deal.amount(), deal.currency()), deal.owner(), deal.accountName(), deal.currency());
	}

}
