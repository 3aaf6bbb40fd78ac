package io.meshline.jobs.exceptions;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which keys of a run's findings may have a stored exception, so that the run looks up only those.
 * Usually any key may. On a first night, when the store held no exception as the step's execution
 * began, only the keys this execution stored itself may (one key can be found in two pages: two
 * orphan invoices with one id in two currencies), and nothing can be gone, so looking up every key
 * and then searching the store for gone exceptions, about a fifth of a first night, is spared. A
 * restart or a rerun finds the store not empty and checks everything. Not thread-safe; one execution.
 */
final class StoredKeys {

	/** The keys this execution stored, or {@code null} when any key may be stored. */
	private final KeyFingerprints ownKeys;

	private StoredKeys(KeyFingerprints ownKeys) {
		this.ownKeys = ownKeys;
	}

	/** What the store holds as an execution begins. */
	static StoredKeys atStart(JdbcTemplate jdbc) {
		boolean empty = jdbc
			.queryForList("SELECT EXCEPTION_KEY FROM ML_EXCEPTION FETCH FIRST 1 ROWS ONLY", String.class)
			.isEmpty();
		return new StoredKeys(empty ? new KeyFingerprints() : null);
	}

	/** Whether every exception in the store was stored by this execution. */
	boolean onlyOwn() {
		return this.ownKeys != null;
	}

	/** Whether {@code key} may have an exception: when {@code false} it certainly has none. */
	boolean mayBeStored(String key) {
		return this.ownKeys == null || this.ownKeys.mightContain(key);
	}

	/** Notes that this execution stores an exception with {@code key}. */
	void stored(String key) {
		if (this.ownKeys != null) {
			this.ownKeys.add(key);
		}
	}

}
