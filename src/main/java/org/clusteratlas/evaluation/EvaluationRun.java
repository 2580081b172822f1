package org.clusteratlas.evaluation;

import java.time.Instant;

/**
 * One stored evaluation of a year: the scheme version and data version it used, the run of the year
 * before whose grades its stars rest on (null when that year had none), who ran it and when.
 */
public record EvaluationRun(
    long id,
    int year,
    String schemeVersion,
    long dataVersion,
    Long previousRunId,
    String actorName,
    String actorRole,
    Instant ranAt) {}
