package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's latest evaluation as a reader may see it, for the evaluation page: the run (who ran it,
 * when, under which scheme and data version), the scheme's names, whether its lower levels are this
 * project's reconstruction, its cut-offs, how many clusters the run scored ({@code cohortSize}, the
 * N of "rank r of N") and the rows of the clusters the reader's scope covers, best first.
 */
public record EvaluationBoard(
    EvaluationRun run,
    String schemeNameZh,
    String schemeNameEn,
    String document,
    boolean reconstructed,
    GradeCutoffs cutoffs,
    int cohortSize,
    List<Row> rows) {

  public EvaluationBoard {
    rows = List.copyOf(rows);
  }

  /**
   * One cluster's result: rank in the whole cohort, the cities it lies in (GB/T 2260) with their
   * names, total, grade, stars and last year's grade (null when it was not evaluated then).
   */
  public record Row(
      int rank,
      long clusterId,
      String name,
      List<String> cityCodes,
      String cities,
      BigDecimal total,
      Grade grade,
      int stars,
      Grade lastYear) {

    public Row {
      cityCodes = List.copyOf(cityCodes);
    }
  }
}
