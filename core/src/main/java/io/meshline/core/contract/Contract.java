package io.meshline.core.contract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.meshline.core.money.CurrencyScale;

/**
 * What an export must look like and how its columns become canonical fields. Immutable and
 * thread-safe; bind it to a file's header with {@link CrmRowMapper#bind} or {@link ErpRowMapper#bind}.
 *
 * @param name the contract's name, for example {@code salesforce}; never {@code null}
 * @param side whether the export is a CRM or an ERP export; never {@code null}
 * @param description one line for people, or {@code null}
 * @param delimiter the field delimiter
 * @param encoding the charset name; UTF-8 files fall back to windows-1252 line by line
 * @param commentPrefix lines starting with it are skipped, or {@code null} when every line is data
 * @param defaultCurrency the ISO 4217 code used when a row names none, or {@code null}
 * @param lines whether an ERP export has one row per invoice line (rows sharing an id are one invoice)
 * @param fields the mapped fields, all of {@code side}, in canonical order; never {@code null}
 * @param wonRules a CRM deal is won when any rule matches; empty for ERP contracts
 * @param notLive an ERP invoice is not live when this rule matches, or {@code null} (always live)
 */
public record Contract(String name, Side side, String description, char delimiter, String encoding,
		String commentPrefix, String defaultCurrency, boolean lines, Map<CanonicalField, FieldSpec> fields,
		List<FlagRule> wonRules, FlagRule notLive) {

	public Contract {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(encoding, "encoding");
		// canonical order, so messages list missing columns in the same order every time
		fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fields));
		wonRules = List.copyOf(wonRules);
		if (commentPrefix != null && commentPrefix.isEmpty()) {
			commentPrefix = null;
		}
		if (defaultCurrency != null) {
			String code = defaultCurrency;
			defaultCurrency = CurrencyScale.normalise(code).orElseThrow(() -> new IllegalArgumentException(
					"The default currency \"" + code + "\" is not an ISO 4217 currency code."));
		}
		validate(side, fields, wonRules, notLive, lines);
	}

	private static void validate(Side side, Map<CanonicalField, FieldSpec> fields, List<FlagRule> wonRules,
			FlagRule notLive, boolean lines) {
		for (CanonicalField field : fields.keySet()) {
			if (field.side() != side) {
				throw new IllegalArgumentException("The field " + field.key() + " does not belong to a "
						+ side.name().toLowerCase() + " contract.");
			}
		}
		for (CanonicalField field : CanonicalField.values()) {
			if (field.side() == side && field.required() && !fields.containsKey(field)) {
				throw new IllegalArgumentException("The field " + field.key() + " must be mapped.");
			}
		}
		if (side == Side.CRM && wonRules.isEmpty()) {
			throw new IllegalArgumentException("A crm contract needs at least one won rule.");
		}
		if (side == Side.ERP && !wonRules.isEmpty()) {
			throw new IllegalArgumentException("Won rules belong to crm contracts, not erp ones.");
		}
		if (side == Side.CRM && (notLive != null || lines)) {
			throw new IllegalArgumentException("The live rule and lines belong to erp contracts, not crm ones.");
		}
	}

	/**
	 * This contract with another default currency, for a run-time option such as
	 * {@code --default-currency}. A {@code null} code keeps the contract's own.
	 * @throws IllegalArgumentException when {@code code} is not an ISO 4217 code
	 */
	public Contract withDefaultCurrency(String code) {
		if (code == null) {
			return this;
		}
		return new Contract(this.name, this.side, this.description, this.delimiter, this.encoding,
				this.commentPrefix, code, this.lines, this.fields, this.wonRules, this.notLive);
	}

}
