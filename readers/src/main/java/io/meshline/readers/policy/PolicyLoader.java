package io.meshline.readers.policy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import io.meshline.core.policy.DealFacts;
import io.meshline.core.policy.Policy;
import io.meshline.core.policy.PolicyAction;
import io.meshline.core.policy.PolicyRule;

/**
 * Reads a policy file (YAML): {@code version}, an optional {@code description}, an optional
 * {@code credit_hold} list of account ids or names, and {@code rules}, each with {@code id},
 * {@code description}, {@code when} (a sandboxed expression), {@code action} and {@code message}.
 * Every error names the file and the rule. Each expression is also tried on a sample deal, so a
 * type error (text compared with a number, a result that is not true or false) stops the load
 * rather than every deal. Stateless and thread-safe.
 */
public final class PolicyLoader {

	private static final Set<String> TOP_KEYS = Set.of("version", "description", "credit_hold", "rules");

	private static final Set<String> RULE_KEYS = Set.of("id", "description", "when", "action", "message");

	private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final DealFacts SAMPLE = new DealFacts("D-1", "Sample deal", "Closed Won", "Owner", "A-1",
			"Account", "A-1", "USD", new BigDecimal("1000.00"), "2026-10-31",
			new BigDecimal("1200.00"), new BigDecimal("200.00"), new BigDecimal("16.67"),
			false);

	private PolicyLoader() {
	}

	/**
	 * @throws InvalidPolicyException when the file is not a valid policy
	 * @throws IOException when it cannot be read
	 */
	public static Policy load(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		return load(new String(bytes, StandardCharsets.UTF_8), file.toString(), sha256(bytes));
	}

	/** Reads a policy from text; {@code source} names it in messages. */
	public static Policy load(String yaml, String source, String sha256) {
		Map<String, Object> root = mapping(parse(yaml, source), source, "the file");
		unknownKeys(root, TOP_KEYS, source + ": ");
		String version = text(root, "version", source + ": ", true);
		Set<String> holds = new LinkedHashSet<>(list(root.get("credit_hold"), source + ": credit_hold"));
		Object rules = root.get("rules");
		if (!(rules instanceof List<?> list) || list.isEmpty()) {
			throw new InvalidPolicyException(source + ": rules: a list of at least one rule is required.");
		}
		List<PolicyRule> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			PolicyRule rule = rule(list.get(i), source, i);
			if (!ids.add(rule.id())) {
				throw new InvalidPolicyException(source + ", rule " + rule.id() + ": the id is used by an earlier rule.");
			}
			out.add(rule);
		}
		return new Policy(version, source, sha256, out, holds);
	}

	private static PolicyRule rule(Object item, String source, int index) {
		Map<String, Object> map = mapping(item, source, "rules[" + index + "]");
		String id = text(map, "id", source + ": rules[" + index + "]: ", true);
		if (!RULE_ID.matcher(id).matches()) {
			throw new InvalidPolicyException(source + ": rules[" + index + "]: id \"" + id
					+ "\" must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
		}
		String where = source + ", rule " + id + ": ";
		unknownKeys(map, RULE_KEYS, where);
		String when = text(map, "when", where, true);
		String actionText = text(map, "action", where, true);
		PolicyAction action;
		try {
			action = PolicyAction.valueOf(actionText);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidPolicyException(where + "action \"" + actionText
					+ "\" is not BLOCK, REQUIRE_APPROVAL or WARN.");
		}
		SandboxedCondition condition;
		try {
			condition = SandboxedCondition.compile(when);
			condition.test(SAMPLE);
		}
		catch (IllegalArgumentException | SandboxedCondition.RuleEvaluationException ex) {
			throw new InvalidPolicyException(where + "when \"" + when + "\" " + phrase(ex) + ".", ex);
		}
		return new PolicyRule(id, text(map, "description", where, false), when, condition, action,
				text(map, "message", where, true));
	}

	private static String phrase(RuntimeException ex) {
		return (ex instanceof IllegalArgumentException) ? ex.getMessage()
				: "cannot be evaluated on a sample deal: " + ex.getMessage();
	}

	private static Object parse(String yaml, String source) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		DumperOptions dumper = new DumperOptions();
		// No implicit types: every scalar is text, so a version 1.10 stays "1.10" and ids stay ids.
		Resolver stringsOnly = new Resolver() {
			@Override
			protected void addImplicitResolvers() {
			}
		};
		try {
			return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, stringsOnly)
				.load(yaml);
		}
		catch (YAMLException ex) {
			throw new InvalidPolicyException(source + ": not valid YAML: " + ex.getMessage(), ex);
		}
	}

	private static Map<String, Object> mapping(Object value, String source, String what) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidPolicyException(source + ": " + what + " must be a mapping of keys to values.");
		}
		Map<String, Object> out = new LinkedHashMap<>();
		map.forEach((k, v) -> out.put(String.valueOf(k), v));
		return out;
	}

	private static void unknownKeys(Map<String, Object> map, Set<String> known, String where) {
		for (String key : map.keySet()) {
			if (!known.contains(key)) {
				throw new InvalidPolicyException(where + "unknown key " + key + " (known keys: "
						+ String.join(", ", new TreeSet<>(known)) + ").");
			}
		}
	}

	private static String text(Map<String, Object> map, String key, String where, boolean required) {
		Object value = map.get(key);
		if (value == null || (value instanceof String s && s.isBlank())) {
			if (required) {
				throw new InvalidPolicyException(where + key + " is required.");
			}
			return null;
		}
		if (!(value instanceof String text)) {
			throw new InvalidPolicyException(where + key + " must be a single value.");
		}
		return text.trim();
	}

	private static List<String> list(Object value, String where) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return list.stream().map((v) -> ((String) v).trim()).filter((v) -> !v.isEmpty()).toList();
		}
		throw new InvalidPolicyException(where + " must be a list of account ids or names.");
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
