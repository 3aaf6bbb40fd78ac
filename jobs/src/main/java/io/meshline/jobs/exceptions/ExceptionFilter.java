package io.meshline.jobs.exceptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import io.meshline.core.exceptions.ExceptionStatus;

/**
 * What {@code meshline exceptions list} shows. Every criterion is optional ({@code null} or empty);
 * without statuses, every status but {@code RESOLVED}.
 *
 * @param queue only this queue
 * @param statuses only these statuses
 * @param finding only this finding type's name
 * @param olderThan only exceptions first found at least this long ago
 * @param minAmount only exceptions with at least this amount at stake (in their own currency)
 * @param overdueOnly only exceptions whose SLA has passed with nobody acting, or that were escalated
 */
public record ExceptionFilter(String queue, Set<ExceptionStatus> statuses, String finding, Duration olderThan,
		BigDecimal minAmount, boolean overdueOnly) {

	public ExceptionFilter {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
	}

}
