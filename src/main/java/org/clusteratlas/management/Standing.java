package org.clusteratlas.management;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.RevenueTier;

/**
 * What the rules know of one evaluated cluster in a run of {@code year}.
 *
 * @param earlier the cluster's grades in the latest runs of the years before, keyed by year, as far
 *     back as the rules look (a year without a run, or without this cluster, is absent)
 * @param warnedFor the year of the evaluation its current warning (黄牌) answers; null when its
 *     provincial case is not warned
 * @param tier its revenue tier this year; null when not known
 * @param lastTier its revenue tier last year; null when not known
 */
record Standing(
    ClusterId cluster,
    String name,
    int year,
    Grade grade,
    BigDecimal total,
    Map<Integer, Grade> earlier,
    Integer warnedFor,
    RevenueTier tier,
    RevenueTier lastTier) {

  Standing {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(grade, "grade");
    earlier = Map.copyOf(earlier);
  }

  boolean failed() {
    return grade == Grade.FAIL;
  }

  boolean warned() {
    return warnedFor != null;
  }

  /** The years up to this one, counting back, in which it was graded 不合格 without a break. */
  List<Integer> consecutiveFailures() {
    List<Integer> years = new java.util.ArrayList<>();
    if (!failed()) {
      return years;
    }
    years.add(year);
    for (int y = year - 1; earlier.get(y) == Grade.FAIL; y--) {
      years.add(0, y);
    }
    return years;
  }
}
