package io.meshline.core.contract;

import java.util.List;

/**
 * A file's header: the column names in order, looked up by name once per file. Immutable.
 */
final class Header {

	private final List<String> names;

	Header(List<String> names) {
		// Exports pad header names with spaces more often than data; the first name may carry a BOM.
		this.names = names.stream().map((n) -> n.replace("\uFEFF", "").strip()).toList();
	}

	/** The index of the first of {@code alternatives} present, exact name first then ignoring case; -1 if none. */
	int indexOf(List<String> alternatives) {
		for (String wanted : alternatives) {
			int index = this.names.indexOf(wanted.strip());
			if (index >= 0) {
				return index;
			}
		}
		for (String wanted : alternatives) {
			for (int i = 0; i < this.names.size(); i++) {
				if (this.names.get(i).equalsIgnoreCase(wanted.strip())) {
					return i;
				}
			}
		}
		return -1;
	}

	String name(int index) {
		return this.names.get(index);
	}

	int size() {
		return this.names.size();
	}

	List<String> names() {
		return this.names;
	}

}
