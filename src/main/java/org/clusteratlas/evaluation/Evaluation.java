package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stored evaluation with every evaluated cluster's result, best first; the answer of {@code GET
 * /api/v1/evaluations/{year}} and of the {@code evaluate} command.
 *
 * @param selfReportVersion the self-report version the run read the annual self-reports as of
 * @param selfReportWeight the points of the scheme's leaves taken from the annual self-report
 * @param selfReportsMissing how many evaluated clusters had no self-report that counted (none
 *     submitted, or returned and not submitted again, as of that version): they scored each of
 *     those leaves at its missing score
 */
public record Evaluation(
    int year,
    long runId,
    String schemeVersion,
    long dataVersion,
    long selfReportVersion,
    Long previousRunId,
    Instant ranAt,
    BigDecimal selfReportWeight,
    int selfReportsMissing,
    List<ClusterResult> results) {

  public Evaluation {
    results = List.copyOf(results);
  }

  /** The same run with only {@code shown} of its results (a reader's scope). */
  Evaluation withResults(List<ClusterResult> shown) {
    return new Evaluation(
        year,
        runId,
        schemeVersion,
        dataVersion,
        selfReportVersion,
        previousRunId,
        ranAt,
        selfReportWeight,
        selfReportsMissing,
        shown);
  }
}
