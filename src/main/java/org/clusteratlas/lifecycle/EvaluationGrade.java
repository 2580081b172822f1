package org.clusteratlas.lifecycle;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clusteratlas.shared.RuleViolation;

/** The grades of the province's annual comprehensive evaluation (DOMAIN.md §5). */
public enum EvaluationGrade {
  EXCELLENT("优秀"),
  GOOD("良好"),
  QUALIFIED("合格"),
  UNQUALIFIED("不合格");

  private final String chineseName;

  EvaluationGrade(String chineseName) {
    this.chineseName = chineseName;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String chineseName() {
    return chineseName;
  }

  public static EvaluationGrade ofCode(String code) {
    return Arrays.stream(values())
        .filter(g -> g.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "lifecycle.grade",
                    code,
                    Arrays.stream(values())
                        .map(EvaluationGrade::code)
                        .collect(Collectors.joining(", "))));
  }
}
