package io.meshline.core.exceptions;

/** What a person does to an exception from the command line. */
public enum PersonAction {

	/** Takes it on: the SLA clock stops. */
	ACK("acknowledged"),

	/** Gives it to someone; the status does not change. */
	ASSIGN("assigned"),

	/** Accepts it as it is (a policy exception signed off, for example). */
	APPROVE("approved"),

	/** Closes it by hand; a later run that finds it again reopens it. */
	RESOLVE("resolved");

	private final String pastTense;

	PersonAction(String pastTense) {
		this.pastTense = pastTense;
	}

	public String pastTense() {
		return this.pastTense;
	}

}
