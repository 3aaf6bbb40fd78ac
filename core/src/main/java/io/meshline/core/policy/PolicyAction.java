package io.meshline.core.policy;

/**
 * What a broken policy rule does to a deal, weakest first: the order is the strength, so the
 * strongest action of a deal's broken rules is the one that applies.
 */
public enum PolicyAction {

	/** Reported, nothing held back. */
	WARN,

	/** Not invoiced by a backfill until someone approves the deal. */
	REQUIRE_APPROVAL,

	/** Never invoiced by a backfill. */
	BLOCK;

	/** The stronger of this action and {@code other}. */
	public PolicyAction max(PolicyAction other) {
		return (other != null && other.compareTo(this) > 0) ? other : this;
	}

}
