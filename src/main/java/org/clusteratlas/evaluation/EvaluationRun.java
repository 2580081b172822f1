package org.clusteratlas.evaluation;

import java.time.Instant;

/**
 * One stored evaluation of a year: the scheme version, data version and self-report version it
 * used, the run of the year before whose grades its stars rest on (null when that year had none),
 * who ran it and when.
 *
 * @param selfReportVersion the self-report version the run read the annual self-reports as of (0:
 *     made before any was collected)
 */
public record EvaluationRun(
    long id,
    int year,
    String schemeVersion,
    long dataVersion,
    long selfReportVersion,
    Long previousRunId,
    String actorName,
    String actorRole,
    Instant ranAt) {}
