package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import org.clusteratlas.shared.RuleViolation;

/**
 * The lowest totals of the grades: a total of at least {@code excellent} is 优秀, at least {@code
 * good} 良好, at least {@code pass} 合格, anything below 不合格 (e.g. 85 / 75 / 60). Refused unless 100 ≥
 * excellent &gt; good &gt; pass ≥ 0.
 */
public record GradeCutoffs(BigDecimal excellent, BigDecimal good, BigDecimal pass) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public GradeCutoffs {
    if (excellent == null
        || good == null
        || pass == null
        || excellent.compareTo(HUNDRED) > 0
        || excellent.compareTo(good) <= 0
        || good.compareTo(pass) <= 0
        || pass.signum() < 0) {
      throw new RuleViolation(
          "evaluation.scheme-grades", plain(excellent), plain(good), plain(pass));
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? "null" : value.toPlainString();
  }

  /** The grade of {@code total}: the best whose cut-off it reaches. */
  public Grade grade(BigDecimal total) {
    if (total.compareTo(excellent) >= 0) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(good) >= 0) {
      return Grade.GOOD;
    }
    if (total.compareTo(pass) >= 0) {
      return Grade.PASS;
    }
    return Grade.FAIL;
  }
}
