package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.selfreport.SubmittedReport;

/**
 * Writes out a stored score: each leaf with its scheme entry and the arithmetic that gave its
 * normalised score ({@code how}, in symbols that need no translation; a self-report leaf's starts
 * with the self-report it is from — {@code from self_report v12 submitted 2026-03-02} — or says
 * {@code self_report missing}), and each first-level indicator's points.
 */
final class Explanations {

  private Explanations() {}

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  /**
   * @param selfReport the cluster's self-report the run counted (as of its self-report version), or
   *     null when none counted
   */
  static ClusterExplanation explain(
      EvaluationRun run,
      Scheme scheme,
      ScoredCluster scored,
      String name,
      int cohortSize,
      SubmittedReport selfReport) {
    Map<String, LeafScore> byCode = new HashMap<>();
    scored.leaves().forEach(l -> byCode.put(l.code(), l));
    List<ClusterExplanation.Subtotal> subtotals = new ArrayList<>();
    List<ClusterExplanation.Line> lines = new ArrayList<>();
    for (SchemeIndicator top : scheme.indicators()) {
      BigDecimal points = BigDecimal.ZERO;
      for (SchemeIndicator leaf : top.leaves()) {
        LeafScore score = byCode.get(leaf.code());
        if (score == null) {
          continue;
        }
        points = points.add(score.contribution());
        lines.add(line(leaf, score, selfReport));
      }
      subtotals.add(
          new ClusterExplanation.Subtotal(
              top.code(), top.nameZh(), top.nameEn(), top.weight(), points));
    }
    return new ClusterExplanation(
        run.year(),
        run.id(),
        run.schemeVersion(),
        run.dataVersion(),
        scored.cluster().value(),
        name,
        scored.total(),
        scored.grade(),
        scored.rank(),
        cohortSize,
        scored.stars(),
        scored.lastYear(),
        scheme.grades(),
        subtotals,
        lines,
        scheme.note(),
        run.selfReportVersion(),
        selfReport == null
            ? null
            : new ClusterExplanation.SelfReportUsed(
                selfReport.version(),
                selfReport.submittedAt(),
                selfReport.late(),
                selfReport.state().id()));
  }

  private static ClusterExplanation.Line line(
      SchemeIndicator leaf, LeafScore score, SubmittedReport selfReport) {
    LeafRule rule = leaf.rule();
    return new ClusterExplanation.Line(
        leaf.code(),
        leaf.nameZh(),
        leaf.nameEn(),
        rule.source().toString(),
        rule.source().statistic() == null ? null : rule.source().statistic().unit(),
        rule.normalisation().method(),
        rule.direction(),
        score.weight(),
        rule.missingScore(),
        score.raw(),
        score.normalised(),
        score.contribution(),
        score.basis(),
        score.low(),
        score.high(),
        score.cohortRank(),
        score.cohortSize(),
        how(rule, score, selfReport));
  }

  /** {@link #how(LeafRule, LeafScore)}, a scored self-report leaf's with the report it is from. */
  static String how(LeafRule rule, LeafScore s, SubmittedReport selfReport) {
    String how = how(rule, s);
    if (rule.source().isSelfReport() && s.basis() == LeafScore.Basis.SCORED && selfReport != null) {
      return "from self_report v"
          + selfReport.version()
          + " submitted "
          + DAY.format(selfReport.submittedAt().atZone(BEIJING))
          + (selfReport.late() ? " (late)" : "")
          + ": "
          + how;
    }
    return how;
  }

  /**
   * The arithmetic of a normalised score, e.g. {@code clamp(60 + 40 × (10 − 0) / (20 − 0), 60, 100)
   * = 80.00}, then {@code × weight / 100 = contribution}.
   */
  static String how(LeafRule rule, LeafScore s) {
    String weighted = " ; × " + plain(s.weight()) + " / 100 = " + plain(s.contribution());
    if (s.basis() == LeafScore.Basis.SELF_REPORT_PENDING) {
      return "self_report pending → " + plain(s.normalised()) + weighted;
    }
    if (s.basis() == LeafScore.Basis.SELF_REPORT_MISSING) {
      return "self_report missing → " + plain(s.normalised()) + weighted;
    }
    if (s.basis() == LeafScore.Basis.MISSING) {
      return "missing → " + plain(s.normalised()) + weighted;
    }
    boolean higher = rule.direction() == Direction.HIGHER;
    String x = plain(s.raw());
    String low = plain(s.low());
    String high = plain(s.high());
    String formula =
        switch (rule.normalisation().method()) {
          case "efficacy" ->
              s.high().compareTo(s.low()) <= 0
                  ? "high = low → 100"
                  : "clamp(60 + 40 × "
                      + (higher ? "(" + x + " − " + low + ")" : "(" + high + " − " + x + ")")
                      + " / ("
                      + high
                      + " − "
                      + low
                      + "), 60, 100)";
          case "minmax" ->
              s.high().compareTo(s.low()) <= 0
                  ? "max = min → 100"
                  : "100 × "
                      + (higher ? "(" + x + " − " + low + ")" : "(" + high + " − " + x + ")")
                      + " / ("
                      + high
                      + " − "
                      + low
                      + ")";
          case "rank" ->
              s.cohortSize() == 1
                  ? "1 / 1 → 100"
                  : "100 × ("
                      + s.cohortSize()
                      + " − "
                      + s.cohortRank()
                      + ") / ("
                      + s.cohortSize()
                      + " − 1)";
          default ->
              s.low() == null
                  ? x + (higher ? " < " : " > ") + plain(lastBound(rule))
                  : x + (higher ? " ≥ " : " ≤ ") + plain(s.low());
        };
    return formula + " = " + plain(s.normalised()) + weighted;
  }

  private static BigDecimal lastBound(LeafRule rule) {
    List<Normalisation.Thresholds.Step> steps =
        ((Normalisation.Thresholds) rule.normalisation()).steps();
    return steps.get(steps.size() - 1).bound();
  }

  private static String plain(BigDecimal value) {
    if (value == null) {
      return "—";
    }
    String text = value.stripTrailingZeros().toPlainString();
    return value.signum() < 0 ? "(" + text + ")" : text;
  }
}
