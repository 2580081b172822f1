package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's latest evaluation recomputed with a {@link WhatIf}'s changes, from the raw values the
 * run stored, nothing saved: each cluster's total, grade, rank and stars as stored and as they
 * would be, and which clusters' grades change.
 */
public record WhatIfResult(
    int year,
    long runId,
    String schemeVersion,
    WhatIf changes,
    int gradesChanged,
    List<Row> clusters) {

  public WhatIfResult {
    clusters = List.copyOf(clusters);
  }

  /** The clusters whose grade would change. */
  public List<Row> gradeChanges() {
    return clusters.stream().filter(Row::gradeChanged).toList();
  }

  /** One cluster, as stored against as it would be. */
  public record Row(
      long clusterId,
      String name,
      BigDecimal total,
      BigDecimal newTotal,
      Grade grade,
      Grade newGrade,
      int rank,
      int newRank,
      int stars,
      int newStars) {

    public boolean gradeChanged() {
      return grade != newGrade;
    }
  }
}
