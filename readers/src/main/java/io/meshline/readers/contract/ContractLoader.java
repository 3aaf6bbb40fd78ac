package io.meshline.readers.contract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import io.meshline.core.contract.CanonicalField;
import io.meshline.core.contract.Contract;
import io.meshline.core.contract.FieldSpec;
import io.meshline.core.contract.FlagRule;
import io.meshline.core.contract.Side;

/**
 * Reads a contract from a YAML file (schema: see the built-in contracts, for example
 * {@code meshline contract show salesforce}). Unknown keys and bad values are errors naming the
 * file and the key. Stateless and thread-safe.
 */
public final class ContractLoader {

	private static final Set<String> TOP_KEYS = Set.of("contract", "side", "description", "file", "lines",
			"defaults", "fields", "won", "live");

	private static final Set<String> FILE_KEYS = Set.of("delimiter", "encoding", "comment-prefix");

	private ContractLoader() {
	}

	/**
	 * @throws InvalidContractException when the file is not a valid contract
	 * @throws IOException when the file cannot be read
	 */
	public static Contract load(Path file) throws IOException {
		return load(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	/**
	 * @param source the name used in messages, such as the file name
	 * @throws InvalidContractException when {@code yaml} is not a valid contract
	 */
	public static Contract load(String yaml, String source) {
		Object document;
		try {
			document = yaml().load(yaml);
		}
		catch (YAMLException ex) {
			throw new InvalidContractException(source + ": not valid YAML: " + ex.getMessage(), ex);
		}
		YamlMap root = YamlMap.root(source, document).onlyKeys(TOP_KEYS);
		Side side = side(root);
		YamlMap file = root.map("file").onlyKeys(FILE_KEYS);
		String delimiter = file.optionalString("delimiter", ",");
		if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n') {
			throw file.error("delimiter", "\"" + delimiter + "\" is not a single character other than a quote");
		}
		String encoding = file.optionalString("encoding", "UTF-8");
		if (!Charset.isSupported(encoding) || !isAsciiCompatible(Charset.forName(encoding))) {
			throw file.error("encoding", "\"" + encoding + "\" is not a character set that writes line breaks, "
					+ "commas and quotes as single ASCII bytes (UTF-8, windows-1252, ISO-8859-1, ...)");
		}
		String defaultCurrency = root.map("defaults").onlyKeys(Set.of("currency")).optionalString("currency", null);
		try {
			return new Contract(root.string("contract"), side, root.optionalString("description", null),
					delimiter.charAt(0), encoding, file.optionalString("comment-prefix", null), defaultCurrency,
					root.bool("lines", false), fields(root.map("fields"), side), wonRules(root),
					notLive(root));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidContractException(source + ": " + ex.getMessage(), ex);
		}
	}

	/** Lines are split on bytes, so the separators must be the ASCII bytes (not so in UTF-16). */
	private static boolean isAsciiCompatible(Charset charset) {
		String separators = ",\"\r\n;\t|";
		return charset.canEncode()
				&& Arrays.equals(separators.getBytes(charset), separators.getBytes(StandardCharsets.US_ASCII));
	}

	private static Side side(YamlMap root) {
		String side = root.string("side");
		return switch (side) {
			case "crm" -> Side.CRM;
			case "erp" -> Side.ERP;
			default -> throw root.error("side", "\"" + side + "\" is not crm or erp");
		};
	}

	private static Map<CanonicalField, FieldSpec> fields(YamlMap fields, Side side) {
		Map<CanonicalField, FieldSpec> out = new EnumMap<>(CanonicalField.class);
		for (String key : fields.keys()) {
			CanonicalField field = CanonicalField.of(side, key)
				.orElseThrow(() -> fields.error(key, "unknown field for a " + side.name().toLowerCase()
						+ " contract (known fields: " + knownFields(side) + ")"));
			out.put(field, FieldSpecReader.read(fields.map(key)));
		}
		return out;
	}

	private static String knownFields(Side side) {
		return Arrays.stream(CanonicalField.values())
			.filter((f) -> f.side() == side)
			.map(CanonicalField::key)
			.collect(Collectors.joining(", "));
	}

	private static List<FlagRule> wonRules(YamlMap root) {
		if (!root.has("won")) {
			return List.of();
		}
		return root.map("won").onlyKeys(Set.of("any")).maps("any").stream().map((rule) -> {
			rule.onlyKeys(Set.of("column", "values"));
			return new FlagRule(nonEmpty(rule, "column"), nonEmpty(rule, "values"));
		}).toList();
	}

	private static FlagRule notLive(YamlMap root) {
		if (!root.has("live")) {
			return null;
		}
		YamlMap live = root.map("live").onlyKeys(Set.of("column", "not-live"));
		return new FlagRule(nonEmpty(live, "column"), nonEmpty(live, "not-live"));
	}

	static List<String> nonEmpty(YamlMap map, String key) {
		List<String> values = map.strings(key);
		if (values.isEmpty()) {
			throw map.error(key, "is required");
		}
		return values;
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		DumperOptions dumper = new DumperOptions();
		// No implicit types: every scalar is text, so "on", "yes" and "1" stay what the export writes.
		Resolver stringsOnly = new Resolver() {
			@Override
			protected void addImplicitResolvers() {
			}
		};
		return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, stringsOnly);
	}

}
