package io.meshline.readers.policy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.meshline.core.money.CurrencyScale;
import io.meshline.core.policy.PriceBook;
import io.meshline.core.policy.PriceBook.ListPrice;

/**
 * Reads a price book: a CSV with the columns {@code deal_id,list_price,currency} (others are
 * ignored), one row per deal, the list price a plain decimal ({@code 12500.00}) at most at the
 * currency's scale. Any bad row is an error naming file, line and column: a wrong list price would
 * hold or pass deals silently. Stateless and thread-safe.
 */
public final class PriceBookReader {

	static final List<String> COLUMNS = List.of("deal_id", "list_price", "currency");

	private PriceBookReader() {
	}

	/**
	 * @throws InvalidPolicyException when a column is missing or a row is bad
	 */
	public static PriceBook read(Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();
		Map<String, ListPrice> prices = new HashMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.replace("\uFEFF", "").trim(), index));
			for (String column : COLUMNS) {
				if (!header.containsKey(column)) {
					throw new InvalidPolicyException("The price book " + file + " must have the columns "
							+ String.join(",", COLUMNS) + "; " + column + " is missing (found " + parser.getHeaderNames() + ").");
				}
			}
			for (CSVRecord record : parser) {
				String where = "line " + parser.getCurrentLineNumber() + " of " + file + ", column ";
				String dealId = value(record, header.get("deal_id"));
				if (dealId.isEmpty()) {
					throw new InvalidPolicyException(where + "deal_id: a deal id is required.");
				}
				String currency = CurrencyScale.normalise(value(record, header.get("currency")))
					.orElseThrow(() -> new InvalidPolicyException(where + "currency: \""
							+ value(record, header.get("currency")) + "\" is not an ISO 4217 currency code."));
				BigDecimal price = price(value(record, header.get("list_price")), currency, where + "list_price: ");
				if (prices.putIfAbsent(dealId, new ListPrice(price, currency)) != null) {
					throw new InvalidPolicyException(where + "deal_id: deal " + dealId + " is listed twice.");
				}
			}
		}
		return new PriceBook(prices);
	}

	private static BigDecimal price(String text, String currency, String where) {
		BigDecimal price;
		try {
			price = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidPolicyException(where + "\"" + text + "\" is not a number like 12500.00.");
		}
		if (price.signum() < 0) {
			throw new InvalidPolicyException(where + "a list price cannot be negative: " + text + ".");
		}
		try {
			return CurrencyScale.atScale(price, currency);
		}
		catch (ArithmeticException ex) {
			throw new InvalidPolicyException(where + text + " has more decimals than " + currency + " has.");
		}
	}

	private static String value(CSVRecord record, int index) {
		return (index < record.size()) ? record.get(index).trim() : "";
	}

}
