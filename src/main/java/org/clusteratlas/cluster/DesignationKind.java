package org.clusteratlas.cluster;

import java.util.Arrays;
import org.clusteratlas.shared.RuleViolation;

/**
 * The designations of the province's gradient cultivation system (梯度培育体系). Codes are those of the
 * data exports.
 */
public enum DesignationKind {
  MUNICIPAL("municipal"),
  PROVINCIAL("provincial"),
  PROVINCIAL_ADVANCED_MANUFACTURING("provincial_advanced_manufacturing"),
  NATIONAL_ADVANCED_MANUFACTURING("national_advanced_manufacturing"),
  NATIONAL_SME_CHARACTERISTIC("national_sme_characteristic");

  private final String code;

  DesignationKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static DesignationKind ofCode(String code) {
    return Arrays.stream(values())
        .filter(k -> k.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new RuleViolation("designation.kind", code));
  }
}
