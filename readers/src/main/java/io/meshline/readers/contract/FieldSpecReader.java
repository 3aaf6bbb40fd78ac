package io.meshline.readers.contract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.meshline.core.contract.DateFormats;
import io.meshline.core.contract.DecimalStyle;
import io.meshline.core.contract.FieldSpec;

/**
 * Reads one entry of a contract's {@code fields} mapping, checking every value when loading so a
 * bad contract fails before any row is read.
 */
final class FieldSpecReader {

	private static final Set<String> KEYS = Set.of("column", "required", "trim", "default", "map", "extract",
			"date-formats", "decimal");

	private FieldSpecReader() {
	}

	static FieldSpec read(YamlMap field) {
		field.onlyKeys(KEYS);
		List<String> columns = ContractLoader.nonEmpty(field, "column");
		List<String> dateFormats = field.strings("date-formats");
		try {
			new DateFormats(dateFormats);
		}
		catch (IllegalArgumentException ex) {
			throw field.error("date-formats", "not a valid date pattern: " + ex.getMessage());
		}
		return new FieldSpec(columns, field.bool("required", false), field.bool("trim", true),
				field.optionalString("default", null), field.map("map").asStrings(), extract(field), dateFormats,
				decimal(field));
	}

	private static Pattern extract(YamlMap field) {
		String regex = field.optionalString("extract", null);
		if (regex == null) {
			return null;
		}
		Pattern pattern;
		try {
			pattern = Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			throw field.error("extract", "\"" + regex + "\" is not a valid regular expression");
		}
		if (pattern.matcher("").groupCount() != 1) {
			throw field.error("extract", "\"" + regex + "\" must have exactly one group, the part to keep");
		}
		return pattern;
	}

	private static DecimalStyle decimal(YamlMap field) {
		String style = field.optionalString("decimal", "point");
		return switch (style) {
			case "point" -> DecimalStyle.POINT;
			case "comma" -> DecimalStyle.COMMA;
			default -> throw field.error("decimal", "\"" + style + "\" is not point or comma");
		};
	}

}
