package io.meshline.core.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meshline.core.model.CrmDeal;

/**
 * The read-only view of a canonical deal that policy expressions see, and nothing else: values,
 * not the deal object. Dates are ISO text ({@code 2026-10-31}), so they compare as text in
 * calendar order; amounts are {@code BigDecimal} at the currency's scale. Immutable.
 *
 * @param dealId the CRM deal id
 * @param dealName the deal's name, or {@code null}
 * @param stage the stage as exported, or {@code null}
 * @param owner the deal owner, or {@code null}
 * @param accountId the account id, or {@code null}
 * @param accountName the account name, or {@code null}
 * @param account the account id, else the name (what a crosswalk maps), or {@code null}
 * @param currency ISO 4217 code
 * @param amount the deal amount, or {@code null} for a deal that is not won and has none
 * @param closeDate the close date as {@code yyyy-MM-dd}, or {@code null}
 * @param listPrice the deal's list price from the price book in the deal's currency, or {@code null}
 * @param discount {@code listPrice - amount}, or {@code null} without a list price
 * @param discountPercent the discount as a percentage of the list price, two decimals, or {@code null}
 * @param creditHold whether the account is on the policy's credit-hold list
 */
public record DealFacts(String dealId, String dealName, String stage, String owner, String accountId,
		String accountName, String account, String currency, BigDecimal amount, String closeDate,
		BigDecimal listPrice, BigDecimal discount, BigDecimal discountPercent, boolean creditHold) {

	/** The names expressions may read, in the order reports list them. */
	public static final List<String> FIELDS = List.of("dealId", "dealName", "stage", "owner", "accountId",
			"accountName", "account", "currency", "amount", "closeDate", "listPrice", "discount", "discountPercent",
			"creditHold");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The facts of {@code deal}.
	 * @param listPrice the deal's list price in its currency, or {@code null}
	 * @param creditHolds the accounts on credit hold, by id or name
	 */
	public static DealFacts of(CrmDeal deal, BigDecimal listPrice, Set<String> creditHolds) {
		BigDecimal amount = deal.amount();
		BigDecimal discount = (listPrice != null && amount != null) ? listPrice.subtract(amount) : null;
		BigDecimal percent = (discount != null && listPrice.signum() != 0)
				? discount.multiply(HUNDRED).divide(listPrice, 2, RoundingMode.HALF_UP) : null;
		boolean hold = (deal.accountId() != null && creditHolds.contains(deal.accountId().trim()))
				|| (deal.accountName() != null && creditHolds.contains(deal.accountName().trim()));
		return new DealFacts(deal.dealId(), deal.dealName(), deal.stage(), deal.owner(), deal.accountId(),
				deal.accountName(), deal.accountKey(), deal.currency(), amount,
				(deal.closeDate() != null) ? deal.closeDate().toString() : null, listPrice, discount, percent, hold);
	}

	/**
	 * The value of the field {@code name}, which must be one of {@link #FIELDS}.
	 * @throws IllegalArgumentException for any other name
	 */
	public Object value(String name) {
		return switch (name) {
			case "dealId" -> this.dealId;
			case "dealName" -> this.dealName;
			case "stage" -> this.stage;
			case "owner" -> this.owner;
			case "accountId" -> this.accountId;
			case "accountName" -> this.accountName;
			case "account" -> this.account;
			case "currency" -> this.currency;
			case "amount" -> this.amount;
			case "closeDate" -> this.closeDate;
			case "listPrice" -> this.listPrice;
			case "discount" -> this.discount;
			case "discountPercent" -> this.discountPercent;
			case "creditHold" -> this.creditHold;
			default -> throw new IllegalArgumentException("A deal has no field " + name + "; the fields are " + FIELDS);
		};
	}

	/** {@code template} with every {@code {field}} replaced by this deal's value (empty when it has none). */
	public String fill(String template) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String text = FIELDS.contains(name) ? text(value(name)) : matcher.group();
			matcher.appendReplacement(out, Matcher.quoteReplacement(text));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof BigDecimal number) ? number.toPlainString() : value.toString();
	}

}
