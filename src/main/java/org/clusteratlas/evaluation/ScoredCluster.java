package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.clusteratlas.cluster.ClusterId;

/**
 * One cluster as scored: its total (0–100, two decimals), grade, rank in the cohort (1 the best;
 * equal totals share the better rank), stars, last year's grade (null when unknown) and every
 * leaf's score in the order of the scheme.
 */
record ScoredCluster(
    ClusterId cluster,
    BigDecimal total,
    Grade grade,
    int rank,
    int stars,
    Grade lastYear,
    List<LeafScore> leaves) {}
