package io.meshline.writers.export;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.meshline.core.model.CrmDeal;
import io.meshline.writers.csv.CsvFileWriter;

/**
 * Writes Opportunity rows the way a Salesforce Data Loader export does: API names as headers,
 * UTF-8 with a byte order mark, booleans {@code 1} or empty, {@code CloseDate} as
 * {@code yyyy-MM-dd} and {@code CreatedDate} as {@code 2024-01-22T16:14:25.000+0000} (UTC).
 * {@code Probability} follows the standard sales process stages. Not thread-safe.
 */
public final class SalesforceOpportunityWriter extends CsvFileWriter implements CrmExportWriter {

	/** The columns, in order. */
	public static final String[] HEADER = { "Id", "IsDeleted", "AccountId", "Name", "StageName", "Amount",
			"Probability", "CloseDate", "IsClosed", "IsWon", "OwnerId", "CurrencyIsoCode", "CreatedDate" };

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
		.withZone(ZoneOffset.UTC);

	// The default probabilities of Salesforce's standard opportunity stages.
	private static final Map<String, String> PROBABILITY = Map.of("Prospecting", "10", "Qualification", "10",
			"Needs Analysis", "20", "Value Proposition", "50", "Id. Decision Makers", "60", "Perception Analysis",
			"70", "Proposal/Price Quote", "75", "Negotiation/Review", "90", "Closed Won", "100", "Closed Lost", "0");

	public SalesforceOpportunityWriter(Path file) {
		super(file, true, HEADER);
	}

	@Override
	public void write(CrmDeal deal, Instant createdAt) {
		String stage = (deal.stage() != null) ? deal.stage() : (deal.won() ? "Closed Won" : null);
		boolean closed = deal.won() || (stage != null && stage.startsWith("Closed"));
		printRow(deal.dealId(), null, deal.accountId(), deal.dealName(), stage,
				amount(deal.amount(), deal.currency()), (stage != null) ? PROBABILITY.get(stage) : null,
				deal.closeDate().toString(), flag(closed), flag(deal.won()), deal.owner(), deal.currency(),
				(createdAt != null) ? CREATED.format(createdAt) : null);
	}

	private static String flag(boolean value) {
		return value ? "1" : null;
	}

}
