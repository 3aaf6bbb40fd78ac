package io.meshline.jobs.cli;

import java.time.Instant;
import java.util.concurrent.Callable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.meshline.core.exceptions.PersonAction;
import io.meshline.core.exceptions.TrackedException;
import io.meshline.core.reconcile.FindingType;
import io.meshline.jobs.exceptions.ExceptionStore;
import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.policy.PolicyApprovals;

/** What people do to an exception; each change is recorded in its history with {@code --actor}. */
final class ExceptionActions {

	private ExceptionActions() {
	}

	abstract static class Action implements Callable<Integer> {

		@Parameters(paramLabel = "KEY", description = "The exception key, e.g. MISSING_IN_ERP:006A000001.")
		String key;

		@Option(names = "--actor", required = true, paramLabel = "NAME",
				description = "Who does this; recorded in the exception's history.")
		String actor;

		@Option(names = "--note", paramLabel = "TEXT", description = "Why, kept in the history.")
		String note;

		@Option(names = "--now", paramLabel = "TIME", description = "Record it at this time (default: now).")
		String now;

		abstract PersonAction action();

		TrackedException perform(MeshlineContext context, Instant at) {
			return context.bean(ExceptionStore.class).act(this.key, action(), this.actor.trim(), assignee(), this.note,
					at);
		}

		String assignee() {
			return null;
		}

		@Override
		public Integer call() throws Exception {
			if (this.actor.isBlank()) {
				throw MeshlineExit.usage("--actor must name who does this.");
			}
			TrackedException e;
			try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
				Instant at = ExceptionText.now(this.now, context);
				try {
					e = perform(context, at);
				}
				catch (IllegalStateException | IllegalArgumentException ex) {
					throw MeshlineExit.usage(ex.getMessage());
				}
			}
			System.out.println("Exception " + e.key() + " " + action().pastTense()
					+ ((assignee() != null) ? " to " + assignee() : "") + " by " + this.actor.trim() + "; it is "
					+ e.status() + ".");
			return ExitCodes.COMPLETED;
		}

	}

	@Command(name = "ack", mixinStandardHelpOptions = true,
			description = "Acknowledge an exception: you are on it, and it will not be escalated.")
	static class Ack extends Action {

		@Override
		PersonAction action() {
			return PersonAction.ACK;
		}

	}

	@Command(name = "assign", mixinStandardHelpOptions = true, description = "Assign an exception to someone.")
	static class Assign extends Action {

		@Option(names = "--to", required = true, paramLabel = "NAME", description = "Who should handle it.")
		String to;

		@Override
		PersonAction action() {
			return PersonAction.ASSIGN;
		}

		@Override
		String assignee() {
			return this.to;
		}

	}

	@Command(name = "resolve", mixinStandardHelpOptions = true,
			description = { "Resolve an exception by hand (say why with --note).",
					"If a later run finds it again, it is REOPENED." })
	static class Resolve extends Action {

		@Override
		PersonAction action() {
			return PersonAction.RESOLVE;
		}

	}

	@Command(name = "approve", mixinStandardHelpOptions = true,
			description = { "Approve an exception as it is, e.g. a POLICY_VIOLATION deal that requires approval",
					"before backfill writes it. It stays APPROVED while runs find it; it is not escalated." })
	static class Approve extends Action {

		private static final String POLICY_KEY_PREFIX = FindingType.POLICY_VIOLATION.name() + ":";

		@Override
		PersonAction action() {
			return PersonAction.APPROVE;
		}

		/**
		 * A policy exception's approval is also what releases its deal to backfill, so both are recorded
		 * in one transaction: a blocked deal refuses the approval and the exception stays as it was.
		 */
		@Override
		TrackedException perform(MeshlineContext context, Instant at) {
			if (!this.key.startsWith(POLICY_KEY_PREFIX)) {
				return super.perform(context, at);
			}
			String dealId = this.key.substring(POLICY_KEY_PREFIX.length());
			return new TransactionTemplate(context.bean(PlatformTransactionManager.class)).execute((tx) -> {
				TrackedException approved = super.perform(context, at);
				context.bean(PolicyApprovals.class).approve(dealId, this.actor.trim(), this.note);
				return approved;
			});
		}

	}

}
