package org.clusteratlas.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A stored evaluation with every evaluated cluster's result, best first; the answer of {@code GET
 * /api/v1/evaluations/{year}} and of the {@code evaluate} command.
 *
 * @param selfReportPendingWeight the points of the scheme's leaves taken from the annual
 *     self-report, which is not collected yet: every cluster scored its missing score on them
 */
public record Evaluation(
    int year,
    long runId,
    String schemeVersion,
    long dataVersion,
    Long previousRunId,
    Instant ranAt,
    java.math.BigDecimal selfReportPendingWeight,
    List<ClusterResult> results) {

  public Evaluation {
    results = List.copyOf(results);
  }
}
