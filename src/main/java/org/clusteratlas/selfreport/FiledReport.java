package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;

/**
 * A self-report filed elsewhere and recorded with its own times: the demo province's, or reports
 * taken over from the paper archive. Checked like a submission (every field, the hard checks, the
 * findings explained), then stored as submitted at {@code submittedAt} and, when {@code acceptedAt}
 * is set, accepted then.
 *
 * @param explanations the explanation of each field that has findings
 * @param submittedBy who submitted it (the cluster's organisation or its bureau)
 * @param acceptedAt when the province accepted it, or null if it awaits review
 * @param demo whether the demo province generated it
 */
public record FiledReport(
    ClusterId cluster,
    int year,
    Map<String, BigDecimal> values,
    Map<String, String> explanations,
    Actor submittedBy,
    Instant submittedAt,
    Instant acceptedAt,
    boolean demo) {

  public FiledReport {
    values = Map.copyOf(values);
    explanations = Map.copyOf(explanations);
  }
}
