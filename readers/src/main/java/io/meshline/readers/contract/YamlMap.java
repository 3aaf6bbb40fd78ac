package io.meshline.readers.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping of a contract file with the path to it, so every error names the file and the key.
 * Scalars are strings: the loader resolves no YAML types, so {@code on} and {@code 1} stay text.
 */
final class YamlMap {

	private final String source;

	private final String path;

	private final Map<String, Object> values;

	YamlMap(String source, String path, Map<String, Object> values) {
		this.source = source;
		this.path = path;
		this.values = values;
	}

	static YamlMap root(String source, Object document) {
		if (!(document instanceof Map<?, ?>)) {
			throw new InvalidContractException(source + ": a contract file must be a YAML mapping.");
		}
		return new YamlMap(source, "", asStringMap(source, "", document));
	}

	/** Fails on the first key not in {@code known}. */
	YamlMap onlyKeys(Set<String> known) {
		for (String key : this.values.keySet()) {
			if (!known.contains(key)) {
				throw error(key, "unknown key (known keys: " + String.join(", ", new TreeSet<>(known)) + ")");
			}
		}
		return this;
	}

	Set<String> keys() {
		return this.values.keySet();
	}

	boolean has(String key) {
		return this.values.containsKey(key);
	}

	String string(String key) {
		String value = optionalString(key, null);
		if (value == null) {
			throw error(key, "is required");
		}
		return value;
	}

	String optionalString(String key, String fallback) {
		Object value = this.values.get(key);
		if (value == null) {
			return fallback;
		}
		if (!(value instanceof String text)) {
			throw error(key, "must be a single value");
		}
		return text;
	}

	boolean bool(String key, boolean fallback) {
		String value = optionalString(key, null);
		if (value == null) {
			return fallback;
		}
		return switch (value) {
			case "true" -> true;
			case "false" -> false;
			default -> throw error(key, "\"" + value + "\" is not true or false");
		};
	}

	/** A single value or a list of values. */
	List<String> strings(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof String text) {
			return List.of(text);
		}
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return list.stream().map(String.class::cast).toList();
		}
		throw error(key, "must be a value or a list of values");
	}

	YamlMap map(String key) {
		Object value = this.values.get(key);
		return new YamlMap(this.source, child(key), (value == null) ? Map.of() : asStringMap(this.source, child(key), value));
	}

	List<YamlMap> maps(String key) {
		Object value = this.values.get(key);
		if (!(value instanceof List<?> list)) {
			throw error(key, "must be a list");
		}
		List<YamlMap> maps = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String itemPath = child(key) + "[" + i + "]";
			maps.add(new YamlMap(this.source, itemPath, asStringMap(this.source, itemPath, list.get(i))));
		}
		return maps;
	}

	/** This mapping's values, which must all be single values. */
	Map<String, String> asStrings() {
		Map<String, String> out = new LinkedHashMap<>();
		this.values.keySet().forEach((key) -> out.put(key, string(key)));
		return out;
	}

	InvalidContractException error(String key, String problem) {
		return new InvalidContractException(this.source + ": " + child(key) + ": " + problem + ".");
	}

	private String child(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	private static Map<String, Object> asStringMap(String source, String path, Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidContractException(source + ": " + path + ": must be a mapping of keys to values.");
		}
		Map<String, Object> out = new LinkedHashMap<>();
		map.forEach((k, v) -> out.put(String.valueOf(k), v));
		return out;
	}

}
