package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;

/**
 * A cluster's self-report as the evaluation counts it as of a self-report version: the latest
 * submission of a report that stood submitted or accepted then (a draft or a returned report does
 * not count).
 *
 * @param version the self-report version of that submission
 * @param submittedAt when it was submitted
 * @param late whether the report was submitted after its due date (a resubmission after a return
 *     keeps the timing of the first submission)
 * @param values its values by field code, with {@link SelfReportCatalogue#ON_TIME} filled in: 1 on
 *     time, 0 late
 */
public record SubmittedReport(
    ClusterId cluster,
    int year,
    long version,
    Instant submittedAt,
    boolean late,
    ReportState state,
    Map<String, BigDecimal> values) {

  public SubmittedReport {
    values = Map.copyOf(values);
  }
}
