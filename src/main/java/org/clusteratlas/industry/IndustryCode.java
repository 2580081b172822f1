package org.clusteratlas.industry;

import org.clusteratlas.shared.RuleViolation;

/**
 * A GB/T 4754-2017 industrial division (大类): two digits from 06 to 46, i.e. sections B (mining,
 * 06–12), C (manufacturing, 13–43) and D (electricity, gas and water, 44–46).
 */
public record IndustryCode(String value) {

  public IndustryCode {
    if (value == null || !value.matches("\\d{2}")) {
      throw new RuleViolation("industry-code.format", value);
    }
    int division = Integer.parseInt(value);
    if (division < 6 || division > 46) {
      throw new RuleViolation("industry-code.not-industrial", value);
    }
  }

  /** Section C: divisions 13–43. */
  public boolean isManufacturing() {
    int division = Integer.parseInt(value);
    return division >= 13 && division <= 43;
  }

  @Override
  public String toString() {
    return value;
  }
}
