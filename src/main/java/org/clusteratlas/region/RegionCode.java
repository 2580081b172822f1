package org.clusteratlas.region;

import org.clusteratlas.shared.RuleViolation;

/**
 * A GB/T 2260 administrative division code: six digits, two each for province, city and county
 * ({@code 360000} 江西省, {@code 360100} 南昌市, {@code 360121} 南昌县).
 */
public record RegionCode(String value) {

  public static final RegionCode JIANGXI = new RegionCode("360000");

  public RegionCode {
    if (value == null || !value.matches("[1-8]\\d{5}")) {
      throw new RuleViolation("region-code.format", value);
    }
  }

  public boolean isProvince() {
    return value.endsWith("0000");
  }

  public boolean isCity() {
    return !isProvince() && value.endsWith("00");
  }

  /** The province this code lies in, e.g. 360000 for 360121. */
  public RegionCode province() {
    return new RegionCode(value.substring(0, 2) + "0000");
  }

  /** True if this division is {@code other} or lies within it (by the code's hierarchy). */
  public boolean isWithin(RegionCode other) {
    if (other.isProvince()) {
      return value.startsWith(other.value.substring(0, 2));
    }
    if (other.isCity()) {
      return value.startsWith(other.value.substring(0, 4));
    }
    return value.equals(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
