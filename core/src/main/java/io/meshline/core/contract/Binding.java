package io.meshline.core.contract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contract bound to one file's header: column indexes resolved and the header checked once, so
 * mapping a row does no lookups by name. Immutable and thread-safe.
 */
final class Binding {

	final Contract contract;

	final String file;

	final Header header;

	private final Map<CanonicalField, BoundField> fields = new EnumMap<>(CanonicalField.class);

	Binding(Contract contract, String file, List<String> headerNames) {
		this.contract = contract;
		this.file = file;
		this.header = new Header(headerNames);
		Set<String> missing = new LinkedHashSet<>();
		contract.fields().forEach((field, spec) -> {
			BoundField bound = new BoundField(field, spec, this.header);
			this.fields.put(field, bound);
			if (bound.required() && !bound.present()) {
				missing.add(alternatives(spec.columns()));
			}
		});
		List<FlagRule> won = contract.wonRules();
		if (!won.isEmpty() && won.stream().allMatch((rule) -> this.header.indexOf(rule.columns()) < 0)) {
			missing.add(String.join(" or ", won.stream().map((rule) -> alternatives(rule.columns())).toList())
					+ " (to tell won deals)");
		}
		if (!missing.isEmpty()) {
			throw ContractViolationException.missingColumns(file, contract.name(), missing, this.header.names());
		}
		this.fields.values().stream().filter(BoundField::present).forEach(this::checkNotRepeated);
	}

	/** A column the contract reads must appear once: with two, which one holds the value is a guess. */
	private void checkNotRepeated(BoundField bound) {
		int again = this.header.names().subList(bound.index() + 1, this.header.size()).indexOf(bound.column());
		if (again >= 0) {
			throw new ContractViolationException(this.file + ", line 1: the header names column " + bound.column()
					+ " twice (columns " + (bound.index() + 1) + " and " + (bound.index() + 2 + again) + "); contract "
					+ this.contract.name() + " reads it, so which one holds the value is ambiguous.");
		}
	}

	/** The columns a header must have under {@code contract}, for the message about an empty file. */
	static List<String> expectedColumns(Contract contract) {
		List<String> expected = new ArrayList<>();
		contract.fields().forEach((field, spec) -> {
			if (spec.required() || field.required()) {
				expected.add(alternatives(spec.columns()));
			}
		});
		contract.wonRules().forEach((rule) -> expected.add(alternatives(rule.columns())));
		return expected;
	}

	private static String alternatives(List<String> columns) {
		return String.join(" or ", columns);
	}

	/** The bound field, or {@code null} when the contract does not map it. */
	BoundField field(CanonicalField field) {
		return this.fields.get(field);
	}

	/** A flag rule bound to this header: the index of its column, -1 when absent. */
	int indexOf(FlagRule rule) {
		return this.header.indexOf(rule.columns());
	}

	int columnCount() {
		return this.header.size();
	}

}
