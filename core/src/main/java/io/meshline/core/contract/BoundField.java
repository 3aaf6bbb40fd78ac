package io.meshline.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import io.meshline.core.money.CurrencyScale;

/**
 * One field of a contract bound to a header: its column index is found once, its date formats are
 * built once. Thread-safe; its only state is a cache of currency codes.
 */
final class BoundField {

	private static final int MAX_QUOTED = 64;

	private final CanonicalField field;

	private final FieldSpec spec;

	private final int index;

	private final String column;

	private final DateFormats dates;

	private final Map<String, String> lowerCaseMap;

	/** Currency codes already normalised: a file holds a handful, and normalising costs a regex. */
	private final Map<String, String> currencies = new ConcurrentHashMap<>();

	BoundField(CanonicalField field, FieldSpec spec, Header header) {
		this.field = field;
		this.spec = spec;
		this.index = header.indexOf(spec.columns());
		this.column = (this.index >= 0) ? header.name(this.index) : spec.columns().get(0);
		this.dates = new DateFormats(spec.dateFormats().isEmpty() ? List.of("yyyy-MM-dd") : spec.dateFormats());
		this.lowerCaseMap = new HashMap<>();
		spec.valueMap().forEach((k, v) -> this.lowerCaseMap.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
	}

	/** The column's index in the header, -1 when absent. */
	int index() {
		return this.index;
	}

	boolean present() {
		return this.index >= 0;
	}

	boolean required() {
		return this.spec.required() || this.field.required();
	}

	String column() {
		return this.column;
	}

	/** The transformed text of this field in {@code row}, or {@code null} when empty. */
	String text(String[] row) {
		String value = (this.index >= 0 && this.index < row.length) ? row[this.index] : null;
		if (value != null && this.spec.trim()) {
			value = value.strip();
		}
		if (value != null && this.spec.extract() != null) {
			Matcher matcher = this.spec.extract().matcher(value);
			value = matcher.find() ? matcher.group(1) : null;
		}
		if (value == null || value.isEmpty()) {
			value = this.spec.defaultValue();
		}
		if (value != null && !this.lowerCaseMap.isEmpty()) {
			String mapped = this.spec.valueMap().get(value);
			value = (mapped != null) ? mapped : this.lowerCaseMap.getOrDefault(value.toLowerCase(Locale.ROOT), value);
		}
		return (value == null || value.isEmpty()) ? null : value;
	}

	/** Like {@link #text} but rejects the row when the field is required and empty. */
	String checkedText(String[] row) {
		String value = text(row);
		if (value == null && required()) {
			throw new RowRejectedException(this.column, this.field.key() + " is required but the value is empty");
		}
		return value;
	}

	BigDecimal amount(String[] row, String currency) {
		return parseAmount(checkedText(row), currency);
	}

	/** The amount, or {@code null} when the cell is empty, even if the field is required. */
	BigDecimal optionalAmount(String[] row, String currency) {
		return parseAmount(text(row), currency);
	}

	private BigDecimal parseAmount(String text, String currency) {
		if (text == null) {
			return null;
		}
		BigDecimal amount = AmountParser.parse(text, this.spec.decimalStyle());
		if (amount == null) {
			throw new RowRejectedException(this.column, quoted(text) + " is not a number");
		}
		try {
			return CurrencyScale.atScale(amount, currency);
		}
		catch (ArithmeticException ex) {
			throw new RowRejectedException(this.column, quoted(text) + " has more decimals than " + currency
					+ " allows (" + CurrencyScale.scaleOf(currency) + ")");
		}
	}

	LocalDate date(String[] row) {
		return parseDate(checkedText(row));
	}

	/** The date, or {@code null} when the cell is empty, even if the field is required. */
	LocalDate optionalDate(String[] row) {
		return parseDate(text(row));
	}

	private LocalDate parseDate(String text) {
		if (text == null) {
			return null;
		}
		LocalDate date = this.dates.parse(text);
		if (date == null) {
			List<String> patterns = this.dates.patterns();
			throw new RowRejectedException(this.column, quoted(text) + " is not a date in "
					+ ((patterns.size() == 1) ? "the format " : "any of the formats ") + String.join(", ", patterns));
		}
		return date;
	}

	/** The row's ISO 4217 code, else {@code defaultCurrency}; rejects unknown codes and rows with neither. */
	String currency(String[] row, String defaultCurrency) {
		String text = text(row);
		if (text == null) {
			if (defaultCurrency == null) {
				throw new RowRejectedException(this.column,
						"the row names no currency and the contract has no default currency");
			}
			return defaultCurrency;
		}
		String known = this.currencies.get(text);
		if (known != null) {
			return known;
		}
		String code = CurrencyScale.normalise(text).orElseThrow(
				() -> new RowRejectedException(this.column, quoted(text) + " is not an ISO 4217 currency code"));
		if (this.currencies.size() < 1000) {
			this.currencies.put(text, code);
		}
		return code;
	}

	/** The value for a reason; a long one is cut, so that the reason (and what it says after it) stays readable. */
	private static String quoted(String text) {
		if (text.length() > MAX_QUOTED) {
			return "\"" + text.substring(0, MAX_QUOTED) + "…\" (" + text.length() + " characters)";
		}
		return "\"" + text + "\"";
	}

}
