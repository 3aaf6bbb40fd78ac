package io.meshline.core.exceptions;

/**
 * The status rules of an exception, in one place.
 * <ul>
 * <li>A run that finds it: first time {@code NEW}; {@code NEW} or {@code REOPENED} seen again
 * becomes {@code OPEN}; {@code RESOLVED} becomes {@code REOPENED}; a status a person or the
 * escalation set ({@code ACKED}, {@code APPROVED}, {@code ESCALATED}) stays.</li>
 * <li>A run that could have found it and did not: any open status becomes {@code RESOLVED}.</li>
 * <li>Escalation: only an exception nobody acted on ({@code NEW}, {@code OPEN},
 * {@code REOPENED}) past its deadline becomes {@code ESCALATED}, once.</li>
 * <li>People: ack an exception that awaits action or is escalated; assign, approve or resolve any
 * open one. A resolved exception can only come back through a run.</li>
 * </ul>
 * Stateless.
 */
public final class ExceptionLifecycle {

	private ExceptionLifecycle() {
	}

	/** The status after a run found the exception; {@code current} is {@code null} for a new one. */
	public static ExceptionStatus seen(ExceptionStatus current) {
		if (current == null) {
			return ExceptionStatus.NEW;
		}
		return switch (current) {
			case NEW, OPEN, REOPENED -> ExceptionStatus.OPEN;
			case RESOLVED -> ExceptionStatus.REOPENED;
			case ACKED, APPROVED, ESCALATED -> current;
		};
	}

	/** The status after a run that could have found the exception did not. */
	public static ExceptionStatus gone(ExceptionStatus current) {
		return ExceptionStatus.RESOLVED;
	}

	/** Whether {@code meshline escalate} escalates an exception in this status once it is overdue. */
	public static boolean escalates(ExceptionStatus current) {
		return current.awaitsAction();
	}

	/**
	 * The status after a person's action.
	 * @throws IllegalStateException saying why the action does not apply to {@code current}
	 */
	public static ExceptionStatus after(PersonAction action, ExceptionStatus current) {
		if (current == ExceptionStatus.RESOLVED) {
			throw new IllegalStateException("is RESOLVED, so it cannot be " + action.pastTense()
					+ "; it reopens by itself if a run finds it again");
		}
		return switch (action) {
			case ACK -> {
				if (current == ExceptionStatus.ACKED || current == ExceptionStatus.APPROVED) {
					throw new IllegalStateException("is " + current + " already");
				}
				yield ExceptionStatus.ACKED;
			}
			case ASSIGN -> current;
			case APPROVE -> {
				if (current == ExceptionStatus.APPROVED) {
					throw new IllegalStateException("is APPROVED already");
				}
				yield ExceptionStatus.APPROVED;
			}
			case RESOLVE -> ExceptionStatus.RESOLVED;
		};
	}

}
