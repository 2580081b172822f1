package org.clusteratlas.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.clusteratlas.shared.RuleViolation;

/** Whether a leaf indicator's higher or its lower values are the better ones. */
public enum Direction {
  /** Higher is better, e.g. revenue growth. */
  HIGHER("higher"),
  /** Lower is better, e.g. the top-4 firms' share of the cluster's revenue. */
  LOWER("lower");

  private final String code;

  Direction(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The direction written {@code code} in a scheme of leaf {@code leaf}. */
  static Direction of(String code, String leaf) {
    return Arrays.stream(values())
        .filter(d -> d.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new RuleViolation("evaluation.scheme-direction", code, leaf));
  }
}
