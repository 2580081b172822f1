package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;

/**
 * An evaluation scheme, as versioned data: its version (e.g. {@code 2021.1}), the first year it
 * applies to, its names, the document it follows and a note on it, the grade cut-offs, and the tree
 * of indicators. A scheme applies to its year and later ones until a newer version is published for
 * a year not after theirs; once published it never changes, so every past result can be replayed
 * under the scheme it was made with.
 *
 * <p>Refused unless the first-level weights add up to 100 ({@code evaluation.scheme-weights}) and
 * every indicator's children add up to its own weight ({@code evaluation.scheme-child-weights},
 * naming the indicator and the level), and every code is used once.
 */
public record Scheme(
    String version,
    int year,
    String nameZh,
    String nameEn,
    String document,
    String note,
    GradeCutoffs grades,
    List<SchemeIndicator> indicators) {

  /** The total every scheme's first-level weights add up to. */
  public static final BigDecimal TOTAL = BigDecimal.valueOf(100);

  public Scheme {
    if (version == null || !version.matches("[0-9A-Za-z][0-9A-Za-z._-]{0,31}")) {
      throw new RuleViolation("evaluation.scheme-version", version);
    }
    if (year < ReportingPeriod.FIRST_YEAR || year > ReportingPeriod.LAST_YEAR) {
      throw new RuleViolation(
          "evaluation.scheme-year", year, ReportingPeriod.FIRST_YEAR, ReportingPeriod.LAST_YEAR);
    }
    if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
      throw new RuleViolation("evaluation.scheme-field", "name");
    }
    if (grades == null) {
      throw new RuleViolation("evaluation.scheme-field", "grades");
    }
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    if (indicators.isEmpty()) {
      throw new RuleViolation("evaluation.scheme-field", "indicators");
    }
    BigDecimal sum = sum(indicators);
    if (sum.compareTo(TOTAL) != 0) {
      throw new RuleViolation("evaluation.scheme-weights", sum.toPlainString(), version);
    }
    Set<String> codes = new HashSet<>();
    for (SchemeIndicator indicator : indicators) {
      check(indicator, 2, codes);
    }
  }

  private static void check(SchemeIndicator indicator, int childLevel, Set<String> codes) {
    if (!codes.add(indicator.code())) {
      throw new RuleViolation("evaluation.scheme-code-duplicate", indicator.code());
    }
    if (indicator.isLeaf()) {
      return;
    }
    BigDecimal sum = sum(indicator.children());
    if (sum.compareTo(indicator.weight()) != 0) {
      throw new RuleViolation(
          "evaluation.scheme-child-weights",
          sum.toPlainString(),
          indicator.code(),
          childLevel,
          indicator.weight().toPlainString());
    }
    for (SchemeIndicator child : indicator.children()) {
      check(child, childLevel + 1, codes);
    }
  }

  private static BigDecimal sum(List<SchemeIndicator> indicators) {
    return indicators.stream()
        .map(SchemeIndicator::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Every leaf, in the order of the tree. */
  public List<SchemeIndicator> leaves() {
    List<SchemeIndicator> leaves = new ArrayList<>();
    indicators.forEach(i -> leaves.addAll(i.leaves()));
    return leaves;
  }

  /** Every indicator of the tree, depth first, each with its level (1 for the first). */
  public Map<SchemeIndicator, Integer> levels() {
    Map<SchemeIndicator, Integer> levels = new LinkedHashMap<>();
    indicators.forEach(i -> collect(i, 1, levels));
    return levels;
  }

  private static void collect(SchemeIndicator i, int level, Map<SchemeIndicator, Integer> into) {
    into.put(i, level);
    i.children().forEach(c -> collect(c, level + 1, into));
  }

  /** The indicator with {@code code}, at any level. */
  public Optional<SchemeIndicator> indicator(String code) {
    return levels().keySet().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The same scheme under another version and first year, e.g. to publish it again. */
  public Scheme asVersion(String newVersion, int newYear) {
    return new Scheme(newVersion, newYear, nameZh, nameEn, document, note, grades, indicators);
  }

  /**
   * This scheme with some weights and the cut-offs changed, e.g. for a what-if; checked as any
   * scheme is. An indicator whose weight changes while none of its children's does has its
   * children's weights scaled in proportion (to four decimals, the last child taking what rounding
   * leaves), and so on down; where some children are given weights, the others keep theirs. Refused
   * for a code the scheme does not have ({@code evaluation.what-if-code}).
   *
   * @param weights new weights by indicator code, at any level
   * @param newGrades the new cut-offs, or null to keep these
   */
  public Scheme withChanges(Map<String, BigDecimal> weights, GradeCutoffs newGrades) {
    for (String code : weights.keySet()) {
      if (indicator(code).isEmpty()) {
        throw new RuleViolation("evaluation.what-if-code", code, version);
      }
    }
    return new Scheme(
        version,
        year,
        nameZh,
        nameEn,
        document,
        note,
        newGrades != null ? newGrades : grades,
        reweigh(indicators, TOTAL, TOTAL, weights));
  }

  private static List<SchemeIndicator> reweigh(
      List<SchemeIndicator> nodes,
      BigDecimal oldTotal,
      BigDecimal newTotal,
      Map<String, BigDecimal> weights) {
    boolean given = nodes.stream().anyMatch(n -> weights.containsKey(n.code()));
    List<BigDecimal> newWeights = new ArrayList<>();
    if (given || oldTotal.compareTo(newTotal) == 0) {
      nodes.forEach(n -> newWeights.add(weights.getOrDefault(n.code(), n.weight())));
    } else {
      BigDecimal assigned = BigDecimal.ZERO;
      for (int i = 0; i < nodes.size(); i++) {
        BigDecimal w =
            i == nodes.size() - 1
                ? newTotal.subtract(assigned)
                : nodes
                    .get(i)
                    .weight()
                    .multiply(newTotal)
                    .divide(oldTotal, MathContext.DECIMAL64)
                    .setScale(4, RoundingMode.HALF_UP);
        assigned = assigned.add(w);
        newWeights.add(w);
      }
    }
    List<SchemeIndicator> result = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      SchemeIndicator n = nodes.get(i);
      BigDecimal w = newWeights.get(i);
      result.add(
          n.isLeaf()
              ? n.withWeight(w)
              : n.withWeight(w).withChildren(reweigh(n.children(), n.weight(), w, weights)));
    }
    return result;
  }
}
