package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.shared.RuleViolation;

/**
 * One indicator of a scheme's tree: a code (e.g. {@code scale.growth.revenue_growth}), its names,
 * its weight in points of the total of 100, and either the indicators beneath it (whose weights add
 * up to its own) or, for a leaf, the {@link LeafRule} that scores it. {@code reconstructed} marks a
 * name this project reconstructed because the public document does not give it.
 */
public record SchemeIndicator(
    String code,
    String nameZh,
    String nameEn,
    BigDecimal weight,
    boolean reconstructed,
    List<SchemeIndicator> children,
    LeafRule rule) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public SchemeIndicator {
    if (code == null || !code.matches("[a-z][a-z0-9_]{0,39}(\\.[a-z][a-z0-9_]{0,39}){0,5}")) {
      throw new RuleViolation("evaluation.scheme-code", code);
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new RuleViolation("evaluation.scheme-field", code + ".name");
    }
    if (weight == null
        || weight.signum() <= 0
        || weight.compareTo(HUNDRED) > 0
        || weight.stripTrailingZeros().scale() > 4) {
      throw new RuleViolation("evaluation.scheme-weight", weight, code);
    }
    children = children == null ? List.of() : List.copyOf(children);
    if (children.isEmpty() == (rule == null)) {
      throw new RuleViolation("evaluation.scheme-leaf", code);
    }
    if (rule != null) {
      check(code, rule);
    }
  }

  /** A leaf. */
  public static SchemeIndicator leaf(
      String code,
      String nameZh,
      String nameEn,
      BigDecimal weight,
      boolean reconstructed,
      LeafRule rule) {
    return new SchemeIndicator(code, nameZh, nameEn, weight, reconstructed, List.of(), rule);
  }

  public boolean isLeaf() {
    return rule != null;
  }

  /** This indicator's leaves, in order (itself when it is one). */
  public List<SchemeIndicator> leaves() {
    List<SchemeIndicator> leaves = new ArrayList<>();
    collectLeaves(leaves);
    return leaves;
  }

  private void collectLeaves(List<SchemeIndicator> into) {
    if (isLeaf()) {
      into.add(this);
    } else {
      children.forEach(c -> c.collectLeaves(into));
    }
  }

  /** A copy with another weight. */
  SchemeIndicator withWeight(BigDecimal newWeight) {
    return new SchemeIndicator(code, nameZh, nameEn, newWeight, reconstructed, children, rule);
  }

  /** A copy with other children. */
  SchemeIndicator withChildren(List<SchemeIndicator> newChildren) {
    return new SchemeIndicator(code, nameZh, nameEn, weight, reconstructed, newChildren, rule);
  }

  private static void check(String code, LeafRule rule) {
    checkScore(rule.missingScore(), code);
    if (rule.normalisation() instanceof Normalisation.Thresholds thresholds) {
      if (thresholds.steps().isEmpty()) {
        throw new RuleViolation("evaluation.scheme-thresholds", "[]", code);
      }
      checkScore(thresholds.otherwise(), code);
      Normalisation.Thresholds.Step previous = null;
      for (Normalisation.Thresholds.Step step : thresholds.steps()) {
        checkScore(step.score(), code);
        if (previous != null) {
          int order = step.bound().compareTo(previous.bound());
          boolean outward = rule.direction() == Direction.HIGHER ? order < 0 : order > 0;
          if (!outward || step.score().compareTo(previous.score()) > 0) {
            throw new RuleViolation(
                "evaluation.scheme-thresholds", step.bound().toPlainString(), code);
          }
        }
        previous = step;
      }
      if (thresholds.otherwise().compareTo(previous.score()) > 0) {
        throw new RuleViolation(
            "evaluation.scheme-thresholds", thresholds.otherwise().toPlainString(), code);
      }
    }
  }

  private static void checkScore(BigDecimal score, String code) {
    if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
      throw new RuleViolation("evaluation.scheme-score", score.toPlainString(), code);
    }
  }
}
