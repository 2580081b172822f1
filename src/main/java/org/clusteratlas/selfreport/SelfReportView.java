package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cluster's self-report for a year as a reader in scope sees it: where it stands, when it is or
 * was due and whether it came late, its values as last saved or submitted (with last year's
 * accepted ones beside them), the findings of the checks on those values and the explanations
 * written, its whole history, and what the reader may do with it.
 *
 * @param late whether its submission came after the due date; null before any submission
 * @param overdue not (validly) submitted and its due date passed
 * @param submittedAt its latest submission, or null
 * @param version the self-report version of its latest event, or null before the first save
 */
public record SelfReportView(
    long clusterId,
    String clusterName,
    int year,
    ReportState state,
    LocalDate dueOn,
    Boolean late,
    boolean overdue,
    Instant submittedAt,
    Long version,
    boolean demo,
    Map<String, BigDecimal> values,
    Map<String, String> explanations,
    List<Finding> findings,
    Map<String, BigDecimal> lastYear,
    List<ReportEvent> history,
    boolean mayEdit,
    boolean mayReview) {

  public SelfReportView {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    explanations = Map.copyOf(explanations);
    findings = List.copyOf(findings);
    lastYear = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lastYear));
    history = List.copyOf(history);
  }

  /** The findings on {@code field}. */
  public List<Finding> findingsOf(String field) {
    return findings.stream().filter(f -> f.field().equals(field)).toList();
  }
}
