package io.meshline.core.policy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import io.meshline.core.model.CrmDeal;

/**
 * The list price of each deal, keyed by deal id, as a CPQ or price-book export gives it (the sum
 * of the list prices of the deal's lines before discount). A list price counts only in the deal's
 * own currency: Meshline applies no exchange rates. Immutable.
 */
public final class PriceBook {

	private static final PriceBook EMPTY = new PriceBook(Map.of());

	private final Map<String, ListPrice> prices;

	public PriceBook(Map<String, ListPrice> prices) {
		this.prices = Map.copyOf(prices);
	}

	/** A price book with no price: every deal's list price is unknown. */
	public static PriceBook empty() {
		return EMPTY;
	}

	/** The deal's list price, or {@code null} when the book has none for it or has it in another currency. */
	public BigDecimal listPriceOf(CrmDeal deal) {
		ListPrice price = this.prices.get(deal.dealId());
		return (price != null && price.currency().equals(deal.currency())) ? price.amount() : null;
	}

	public int size() {
		return this.prices.size();
	}

	/**
	 * One line of a price book.
	 * @param amount the list price at the currency's scale; never {@code null}
	 * @param currency ISO 4217 code; never {@code null}
	 */
	public record ListPrice(BigDecimal amount, String currency) {

		public ListPrice {
			Objects.requireNonNull(amount, "amount");
			Objects.requireNonNull(currency, "currency");
		}

	}

}
