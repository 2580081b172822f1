package org.clusteratlas.evaluation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.clusteratlas.shared.RuleViolation;

/**
 * Where a leaf indicator's raw value comes from: a {@link Statistic} computed from the records
 * ({@code statistic:revenue_growth}), or a field of the cluster's annual self-report (年度自评报告,
 * {@code self_report:rd_platforms}, a field of the selfreport module's catalogue). A cluster whose
 * self-report does not count scores such leaves at their missing value, and the explanation says
 * so.
 *
 * @param statistic the statistic, or null for a self-report field
 * @param field the self-report field, or null for a statistic
 */
public record Source(Statistic statistic, String field) {

  private static final String STATISTIC = "statistic:";
  private static final String SELF_REPORT = "self_report:";

  public Source {
    if ((statistic == null) == (field == null)) {
      throw new IllegalArgumentException("a source is either a statistic or a field");
    }
  }

  /** Parses {@code statistic:<code>} or {@code self_report:<field>} of leaf {@code leaf}. */
  static Source parse(String text, String leaf) {
    if (text != null && text.startsWith(STATISTIC)) {
      return Statistic.ofCode(text.substring(STATISTIC.length()))
          .map(s -> new Source(s, null))
          .orElseThrow(() -> refused(text, leaf));
    }
    if (text != null
        && text.startsWith(SELF_REPORT)
        && text.substring(SELF_REPORT.length()).matches("[a-z][a-z0-9_]{0,63}")) {
      return new Source(null, text.substring(SELF_REPORT.length()));
    }
    throw refused(text, leaf);
  }

  private static RuleViolation refused(String text, String leaf) {
    String known =
        Arrays.stream(Statistic.values()).map(Statistic::code).collect(Collectors.joining(", "));
    return new RuleViolation("evaluation.scheme-source", text, leaf, known);
  }

  public boolean isSelfReport() {
    return field != null;
  }

  /** As written in a scheme. */
  @Override
  public String toString() {
    return statistic != null ? STATISTIC + statistic.code() : SELF_REPORT + field;
  }
}
