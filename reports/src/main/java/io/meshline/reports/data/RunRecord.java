package io.meshline.reports.data;

import java.time.LocalDateTime;

/**
 * A completed reconcile run as {@code ML_RUN} records it. Immutable.
 *
 * @param runId the run id (the job instance id)
 * @param finished when the run finished, in the database's local time
 * @param crmPath the CRM file read, or {@code null}
 * @param crmSha256 its SHA-256, or {@code null}
 * @param erpPath the ERP file read, or {@code null}
 * @param erpSha256 its SHA-256, or {@code null}
 * @param outDir the folder its outputs went to
 * @param figures what its {@code summary.json} says
 */
public record RunRecord(long runId, LocalDateTime finished, String crmPath, String crmSha256, String erpPath,
		String erpSha256, String outDir, RunFigures figures) {

}
