package org.clusteratlas.evaluation;

import java.math.BigDecimal;

/**
 * One cluster's result in an evaluation: total out of 100 (two decimals), grade, stars (5, 4, 3 or
 * 0), the scheme version it was scored under and its rank in the cohort. Its explanation is {@code
 * GET /api/v1/evaluations/{year}/clusters/{id}}.
 */
public record ClusterResult(
    long clusterId,
    String name,
    BigDecimal total,
    Grade grade,
    int stars,
    String schemeVersion,
    int rank) {}
