package io.meshline.jobs.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.meshline.jobs.home.MeshlineContext;
import io.meshline.jobs.home.MeshlineHome;
import io.meshline.jobs.policy.PolicyApprovals;

/** {@code meshline policy approve}: approve a deal a {@code REQUIRE_APPROVAL} rule holds back. */
@Command(name = "approve", mixinStandardHelpOptions = true,
		description = { "Approve a deal that a REQUIRE_APPROVAL rule holds back: the next backfill of a run "
				+ "that held it plans it. A deal a BLOCK rule stops cannot be approved.",
				"The first approval of a deal is kept; approving again changes nothing." },
		footer = { "", "Exit codes: 0 approved (or already), 2 nothing to approve or the deal is blocked, "
				+ "4 data directory busy." })
class PolicyApproveCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DEAL", description = "The CRM deal id.")
	String dealId;

	@Option(names = "--actor", required = true, paramLabel = "NAME", description = "Who approves.")
	String actor;

	@Option(names = "--note", paramLabel = "TEXT", description = "Why.")
	String note;

	@Override
	public Integer call() throws Exception {
		try (MeshlineContext context = MeshlineContext.open(MeshlineHome.fromEnvironment())) {
			PolicyApprovals approvals = context.bean(PolicyApprovals.class);
			boolean added = approvals.approve(this.dealId, this.actor, this.note);
			PolicyApprovals.Approval approval = approvals.approvalOf(this.dealId).orElseThrow();
			System.out.println(added ? "Approved deal " + this.dealId + " for backfill (by " + approval.actor() + ")."
					: "Deal " + this.dealId + " was already approved by " + approval.actor() + " at "
							+ approval.approvedAt() + "; nothing changed.");
		}
		return ExitCodes.COMPLETED;
	}

}
