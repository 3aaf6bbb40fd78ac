package io.meshline.jobs.exceptions;

import io.meshline.core.exceptions.ExceptionStatus;

/**
 * What a run needs to know of a stored exception to decide its change: where it stands, and the
 * last run that found or resolved it ({@code CHECKED_RUN_ID}).
 *
 * @param key the exception's key
 * @param status its status
 * @param checkedRunId the last run that checked it
 */
record StoredStatus(String key, ExceptionStatus status, long checkedRunId) {

}
