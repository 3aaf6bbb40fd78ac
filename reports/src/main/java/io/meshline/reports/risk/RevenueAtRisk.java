package io.meshline.reports.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.meshline.core.money.CurrencyScale;
import io.meshline.reports.data.RiskItem;

/**
 * The revenue at risk of one run, cut three ways: by age since close, by owner and by account.
 * Amounts in different currencies are never added together (Meshline applies no exchange rates),
 * so every total is per currency, and the per-currency totals equal the run's
 * {@code revenue_at_risk}. Immutable once built.
 */
public final class RevenueAtRisk {

	/** The number of accounts per currency in the top-accounts table. */
	public static final int TOP_ACCOUNTS = 20;

	private final LocalDate reportDate;

	private final List<RiskItem> items;

	/**
	 * @param items the findings that put revenue at risk
	 * @param reportDate the day ages are counted to (the month end for the month-end pack)
	 */
	public RevenueAtRisk(List<RiskItem> items, LocalDate reportDate) {
		this.items = List.copyOf(items);
		this.reportDate = reportDate;
	}

	/** The findings at risk, in finding order. */
	public List<RiskItem> items() {
		return this.items;
	}

	public LocalDate reportDate() {
		return this.reportDate;
	}

	/** Revenue at risk per currency, in currency order. */
	public Map<String, BigDecimal> totals() {
		Map<String, BigDecimal> totals = new TreeMap<>();
		this.items.forEach((item) -> totals.merge(item.currency(), item.atRisk(), BigDecimal::add));
		return Collections.unmodifiableMap(totals);
	}

	/** One row per currency: deals at risk and the amount in each age bucket. */
	public List<AgeRow> byAge() {
		Map<String, AgeRow> rows = new TreeMap<>();
		for (RiskItem item : this.items) {
			AgeRow row = rows.computeIfAbsent(item.currency(), AgeRow::empty);
			rows.put(item.currency(), row.plus(item, AgeBucket.of(item.closeDate(), this.reportDate)));
		}
		// A deal has at most one finding at risk by the rules; count distinct deals all the same.
		rows.replaceAll((currency, row) -> new AgeRow(currency, this.items.stream()
			.filter((i) -> i.currency().equals(currency))
			.map(RiskItem::crmId)
			.distinct()
			.count(), row.buckets(), row.total()));
		return List.copyOf(rows.values());
	}

	/** Per currency, then owner: deals at risk, the oldest close date and the amount; largest amount first. */
	public List<GroupRow> byOwner() {
		return grouped(RiskItem::owner, Integer.MAX_VALUE);
	}

	/** Per currency, the {@value #TOP_ACCOUNTS} accounts with the most at risk, largest first. */
	public List<GroupRow> topAccounts() {
		return grouped(RiskItem::account, TOP_ACCOUNTS);
	}

	/** The number of accounts at risk in {@code currency}. */
	public long accountCount(String currency) {
		return this.items.stream().filter((i) -> i.currency().equals(currency)).map(RiskItem::account).distinct().count();
	}

	private List<GroupRow> grouped(java.util.function.Function<RiskItem, String> key, int limit) {
		Map<String, Map<String, GroupRow>> byCurrency = new TreeMap<>();
		for (RiskItem item : this.items) {
			Map<String, GroupRow> rows = byCurrency.computeIfAbsent(item.currency(), (c) -> new LinkedHashMap<>());
			rows.merge(key.apply(item), GroupRow.of(key.apply(item), item), GroupRow::plus);
		}
		List<GroupRow> out = new ArrayList<>();
		byCurrency.values().forEach((rows) -> rows.values()
			.stream()
			.sorted(Comparator.comparing(GroupRow::atRisk).reversed().thenComparing(GroupRow::name))
			.limit(limit)
			.forEach(out::add));
		return out;
	}

	/**
	 * Revenue at risk of one currency by age since close.
	 *
	 * @param currency the currency
	 * @param deals the number of deals at risk
	 * @param buckets the amount per bucket, every bucket present
	 * @param total the sum of the buckets
	 */
	public record AgeRow(String currency, long deals, Map<AgeBucket, BigDecimal> buckets, BigDecimal total) {

		static AgeRow empty(String currency) {
			Map<AgeBucket, BigDecimal> buckets = new EnumMap<>(AgeBucket.class);
			for (AgeBucket bucket : AgeBucket.values()) {
				buckets.put(bucket, CurrencyScale.zero(currency));
			}
			return new AgeRow(currency, 0, buckets, CurrencyScale.zero(currency));
		}

		AgeRow plus(RiskItem item, AgeBucket bucket) {
			Map<AgeBucket, BigDecimal> next = new EnumMap<>(this.buckets);
			next.merge(bucket, item.atRisk(), BigDecimal::add);
			return new AgeRow(this.currency, this.deals + 1, next, this.total.add(item.atRisk()));
		}

	}

	/**
	 * Revenue at risk of one owner or account in one currency.
	 *
	 * @param currency the currency
	 * @param name the owner or account
	 * @param deals the number of distinct deals at risk
	 * @param oldestClose the earliest close date among them
	 * @param atRisk the amount
	 * @param dealIds the deal ids counted
	 */
	public record GroupRow(String currency, String name, long deals, LocalDate oldestClose, BigDecimal atRisk,
			Set<String> dealIds) {

		static GroupRow of(String name, RiskItem item) {
			return new GroupRow(item.currency(), name, 1, item.closeDate(), item.atRisk(), Set.of(item.crmId()));
		}

		GroupRow plus(GroupRow other) {
			Set<String> ids = new HashSet<>(this.dealIds);
			ids.addAll(other.dealIds);
			LocalDate oldest = (other.oldestClose.isBefore(this.oldestClose)) ? other.oldestClose : this.oldestClose;
			return new GroupRow(this.currency, this.name, ids.size(), oldest, this.atRisk.add(other.atRisk),
					Set.copyOf(ids));
		}

	}

}
