package io.meshline.jobs.audit;

import java.util.Comparator;
import java.util.StringJoiner;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Records {@code run.started} when a job instance runs for the first time and {@code run.resumed}
 * when it is restarted, with its identifying parameters. It runs after the execution is recorded
 * and before the first step, in a transaction of its own, so a run never starts unrecorded.
 */
@Component
public class AuditedRunListener implements JobExecutionListener {

	private final AuditTrail trail;

	private final JobRepository jobRepository;

	public AuditedRunListener(AuditTrail trail, JobRepository jobRepository) {
		this.trail = trail;
		this.jobRepository = jobRepository;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		boolean first = this.jobRepository.getJobExecutions(execution.getJobInstance()).size() <= 1;
		StringJoiner detail = new StringJoiner("; ", "execution " + execution.getId() + ": ", "");
		execution.getJobParameters().getIdentifyingParameters().stream()
			.sorted(Comparator.comparing(JobParameter::name))
			.forEach((parameter) -> detail.add(parameter.name() + "=" + parameter.value()));
		this.trail.append(first ? AuditTrail.RUN_STARTED : AuditTrail.RUN_RESUMED,
				execution.getJobInstance().getJobName() + " run " + execution.getJobInstance().getInstanceId(),
				detail.toString());
	}

}
