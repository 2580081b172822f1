package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Why a cluster scored what it did in a stored evaluation: its total, grade, rank and stars (with
 * last year's grade they rest on), the cut-offs, each first-level indicator's points, and every
 * leaf with its source, normalisation, raw value, normalised score, weight and contribution, and
 * the arithmetic written out ({@code how}; a self-report leaf's says which self-report it comes
 * from, or that none counted).
 *
 * @param selfReportVersion the self-report version the run read the self-reports as of
 * @param selfReport the cluster's self-report the run counted, or null when none counted
 */
public record ClusterExplanation(
    int year,
    long runId,
    String schemeVersion,
    long dataVersion,
    long clusterId,
    String name,
    BigDecimal total,
    Grade grade,
    int rank,
    int cohortSize,
    int stars,
    Grade lastYearGrade,
    GradeCutoffs cutoffs,
    List<Subtotal> indicators,
    List<Line> leaves,
    String schemeNote,
    long selfReportVersion,
    SelfReportUsed selfReport) {

  /**
   * The self-report a run counted for the cluster: its self-report version, when it was submitted,
   * whether late, and whether it stood submitted or accepted at the run's self-report version.
   */
  public record SelfReportUsed(long version, Instant submittedAt, boolean late, String state) {}

  /** One first-level indicator: its weight and the points the cluster earned under it. */
  public record Subtotal(
      String code, String nameZh, String nameEn, BigDecimal weight, BigDecimal points) {}

  /** One leaf of the scheme as scored for this cluster. */
  public record Line(
      String code,
      String nameZh,
      String nameEn,
      String source,
      String unit,
      String method,
      Direction direction,
      BigDecimal weight,
      BigDecimal missingScore,
      BigDecimal raw,
      BigDecimal normalised,
      BigDecimal contribution,
      LeafScore.Basis basis,
      BigDecimal low,
      BigDecimal high,
      Integer cohortRank,
      Integer cohortSize,
      String how) {}
}
