package io.meshline.writers.export;

import java.nio.file.Path;
import java.time.Instant;

import io.meshline.core.model.CrmDeal;
import io.meshline.writers.csv.CsvFileWriter;

/**
 * Writes Meshline's generic CRM contract: snake_case headers, {@code won} as {@code true} or
 * {@code false}, ISO dates. Not thread-safe.
 */
public final class GenericCrmWriter extends CsvFileWriter implements CrmExportWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "deal_id", "account_id", "account_name", "deal_name", "stage", "won",
			"amount", "currency", "close_date", "owner" };

	public GenericCrmWriter(Path file) {
		super(file, false, HEADER);
	}

	/** Writes one deal; the generic contract has no creation column, so {@code createdAt} is unused. */
	@Override
	public void write(CrmDeal deal, Instant createdAt) {
		printRow(deal.dealId(), deal.accountId(), deal.accountName(), deal.dealName(), deal.stage(),
				Boolean.toString(deal.won()), amount(deal.amount(), deal.currency()), deal.currency(),
				deal.closeDate().toString(), deal.owner());
	}

}
