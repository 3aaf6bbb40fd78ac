package io.meshline.jobs.exceptions;

import java.time.Duration;

/**
 * One queue's figures at a point in time.
 *
 * @param queue the queue
 * @param open exceptions not resolved (approved ones included)
 * @param overdue open exceptions past their SLA with nobody acting on them, or escalated
 * @param resolved resolutions so far (an exception resolved, reopened and resolved again counts twice)
 * @param mttr mean time to resolve: from when an exception was found (or reopened) to its resolution;
 * {@code null} before the first resolution
 */
public record QueueFigures(String queue, long open, long overdue, long resolved, Duration mttr) {

}
