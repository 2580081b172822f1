package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;

/**
 * Scores a cohort under a scheme from each cluster's raw values: pure arithmetic, no I/O, so that a
 * run, its replay and a what-if compute alike.
 *
 * <ol>
 *   <li>Each leaf: a raw value is normalised among the cohort's raw values of that leaf ({@link
 *       Normalisation}); a missing one scores the leaf's missing score (a self-report leaf's is
 *       marked as such: no self-report counted for the cluster).
 *   <li>Its contribution is normalised × weight / 100, exactly (the weights are points of 100).
 *   <li>The total is the sum of the contributions, rounded half up to two decimals; its grade
 *       follows the scheme's cut-offs; its rank counts the clusters with a higher total, plus one.
 *   <li>Stars from this year's grade and last year's ({@link Stars}).
 * </ol>
 */
final class Scoring {

  private Scoring() {}

  /**
   * The cohort's scores, best first (by rank, then cluster id).
   *
   * @param raw each cluster's raw values by leaf code; an absent or null value is missing
   * @param lastYear each cluster's grade of the previous year, where known
   */
  static List<ScoredCluster> score(
      Scheme scheme, Map<ClusterId, Map<String, BigDecimal>> raw, Map<ClusterId, Grade> lastYear) {
    List<SchemeIndicator> leaves = scheme.leaves();
    Map<String, List<BigDecimal>> cohorts = new HashMap<>();
    for (SchemeIndicator leaf : leaves) {
      List<BigDecimal> values = new ArrayList<>();
      raw.values().forEach(r -> addIfPresent(values, r.get(leaf.code())));
      cohorts.put(leaf.code(), values);
    }
    List<ClusterId> ids =
        raw.keySet().stream().sorted(Comparator.comparing(ClusterId::value)).toList();
    Map<ClusterId, List<LeafScore>> scores = new HashMap<>();
    Map<ClusterId, BigDecimal> totals = new HashMap<>();
    for (ClusterId id : ids) {
      List<LeafScore> lines = new ArrayList<>(leaves.size());
      BigDecimal sum = BigDecimal.ZERO;
      for (SchemeIndicator leaf : leaves) {
        LeafScore line = scoreLeaf(leaf, raw.get(id).get(leaf.code()), cohorts.get(leaf.code()));
        lines.add(line);
        sum = sum.add(line.contribution());
      }
      scores.put(id, lines);
      totals.put(id, sum.setScale(2, RoundingMode.HALF_UP));
    }
    List<ScoredCluster> result = new ArrayList<>(ids.size());
    for (ClusterId id : ids) {
      BigDecimal total = totals.get(id);
      int rank = 1 + (int) totals.values().stream().filter(t -> t.compareTo(total) > 0).count();
      Grade grade = scheme.grades().grade(total);
      Grade previous = lastYear.get(id);
      result.add(
          new ScoredCluster(
              id, total, grade, rank, Stars.of(grade, previous), previous, scores.get(id)));
    }
    result.sort(
        Comparator.comparingInt(ScoredCluster::rank).thenComparing(c -> c.cluster().value()));
    return result;
  }

  /**
   * Each cluster's raw values by leaf code: a statistic leaf's computed from the cluster's records
   * ({@link Statistic}), empty when it cannot be; a self-report leaf's the field's value in the
   * cluster's counted self-report (yes/no as 1/0, {@code annual_report_on_time} 1 when submitted on
   * time), empty when no report counts.
   */
  static Map<ClusterId, Map<String, BigDecimal>> rawValues(
      Scheme scheme, Map<ClusterId, ClusterRecords> records) {
    List<SchemeIndicator> leaves = scheme.leaves();
    Map<ClusterId, Map<String, BigDecimal>> raw = new HashMap<>();
    records.forEach(
        (id, r) -> {
          Map<String, BigDecimal> values = new HashMap<>();
          for (SchemeIndicator leaf : leaves) {
            Source source = leaf.rule().source();
            if (source.statistic() != null) {
              source.statistic().value(r).ifPresent(v -> values.put(leaf.code(), v));
            } else if (r.selfReport() != null) {
              BigDecimal v = r.selfReport().values().get(source.field());
              if (v != null) {
                values.put(leaf.code(), v);
              }
            }
          }
          raw.put(id, values);
        });
    return raw;
  }

  private static void addIfPresent(List<BigDecimal> values, BigDecimal value) {
    if (value != null) {
      values.add(value);
    }
  }

  static LeafScore scoreLeaf(SchemeIndicator leaf, BigDecimal raw, List<BigDecimal> cohort) {
    LeafRule rule = leaf.rule();
    if (raw == null) {
      BigDecimal normalised = rule.missingScore().setScale(2, RoundingMode.HALF_UP);
      return new LeafScore(
          leaf.code(),
          null,
          normalised,
          leaf.weight(),
          contribution(normalised, leaf.weight()),
          rule.source().isSelfReport()
              ? LeafScore.Basis.SELF_REPORT_MISSING
              : LeafScore.Basis.MISSING,
          null,
          null,
          null,
          null);
    }
    Normalisation.Normalised n = rule.normalisation().score(raw, rule.direction(), cohort);
    return new LeafScore(
        leaf.code(),
        raw,
        n.score(),
        leaf.weight(),
        contribution(n.score(), leaf.weight()),
        LeafScore.Basis.SCORED,
        n.low(),
        n.high(),
        n.rank(),
        n.of());
  }

  /** normalised × weight / 100, exactly. */
  static BigDecimal contribution(BigDecimal normalised, BigDecimal weight) {
    return normalised.multiply(weight).movePointLeft(2);
  }
}
