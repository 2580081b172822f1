package org.clusteratlas.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The grades of the province's evaluation (DOMAIN.md §5), best first. */
public enum Grade {
  EXCELLENT("excellent", "优秀", "Excellent"),
  GOOD("good", "良好", "Good"),
  PASS("pass", "合格", "Pass"),
  FAIL("fail", "不合格", "Fail");

  private final String code;
  private final String nameZh;
  private final String nameEn;

  Grade(String code, String nameZh, String nameEn) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The grade stored as {@code code}. */
  public static Grade ofCode(String code) {
    return Arrays.stream(values())
        .filter(g -> g.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no grade " + code));
  }
}
