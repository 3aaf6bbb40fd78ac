package io.meshline.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import io.meshline.core.model.CrmDeal;
import io.meshline.samples.SampleAccounts.SampleAccount;

/**
 * Makes the deal at a given index: account, currency, amount, close date within the 120 days
 * before the as-of date, owner, stage and creation time. Not thread-safe.
 */
final class DealMaker {

	static final int CLOSE_WINDOW_DAYS = 120;

	private static final List<String> KINDS = List.of("New Business", "Expansion", "Renewal", "Upsell", "Pilot");

	private final GeneratorOptions options;

	private final SampleIds ids;

	private final SampleAccounts accounts;

	private final Random random;

	DealMaker(GeneratorOptions options, SampleIds ids, SampleAccounts accounts, Random random) {
		this.options = options;
		this.ids = ids;
		this.accounts = accounts;
		this.random = random;
	}

	/**
	 * The deal at {@code index}.
	 * @param outcome whether it is won, lost or still open
	 * @param minDaysAgo the least number of days before the as-of date it may close
	 */
	SampleDeal make(long index, Outcome outcome, int minDaysAgo) {
		SampleAccount account = this.accounts.account(this.random.nextInt(this.accounts.size()));
		List<String> currencies = this.options.currencies();
		String currency = currencies.get(this.random.nextInt(currencies.size()));
		LocalDate close = this.options.asOf()
			.minusDays(minDaysAgo + this.random.nextInt(CLOSE_WINDOW_DAYS - minDaysAgo));
		String owner = this.ids.owner(this.random.nextInt(this.ids.ownerCount()));
		String name = account.name() + " - " + KINDS.get(this.random.nextInt(KINDS.size()));
		List<String> open = this.options.crmFormat().openStages();
		String stage = switch (outcome) {
			case WON -> "Closed Won";
			case LOST -> "Closed Lost";
			case OPEN -> open.get(this.random.nextInt(open.size()));
		};
		CrmDeal deal = new CrmDeal(this.ids.dealId(index), account.crmId(), account.name(), name, stage,
				outcome == Outcome.WON, SampleMoney.dealAmount(this.random, currency), currency, close, owner, 0);
		Instant created = close.minusDays(7 + this.random.nextInt(90)).atStartOfDay().toInstant(ZoneOffset.UTC)
			.plusSeconds(8 * 3600 + this.random.nextInt(10 * 3600));
		return new SampleDeal(deal, account, created);
	}

	enum Outcome {

		WON, LOST, OPEN

	}

	/** A generated deal with the account it was sold to and when it was created. */
	record SampleDeal(CrmDeal deal, SampleAccount account, Instant createdAt) {

	}

}
