package org.clusteratlas.eligibility;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.RuleViolation;

/**
 * The designations a provincial cluster can climb to (DOMAIN.md §2), each with the rung a candidate
 * must hold first: provincial → national SME characteristic; provincial → provincial advanced
 * manufacturing → national advanced manufacturing.
 */
public enum Ladder {
  NATIONAL_SME_CHARACTERISTIC(
      DesignationKind.NATIONAL_SME_CHARACTERISTIC, DesignationKind.PROVINCIAL),
  PROVINCIAL_ADVANCED_MANUFACTURING(
      DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING, DesignationKind.PROVINCIAL),
  NATIONAL_ADVANCED_MANUFACTURING(
      DesignationKind.NATIONAL_ADVANCED_MANUFACTURING,
      DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING);

  private final DesignationKind target;
  private final DesignationKind rungBelow;

  Ladder(DesignationKind target, DesignationKind rungBelow) {
    this.target = target;
    this.rungBelow = rungBelow;
  }

  /** The designation's code, e.g. {@code national_sme_characteristic}. */
  @JsonValue
  public String code() {
    return target.code();
  }

  /** The designation a candidate applies for. */
  public DesignationKind target() {
    return target;
  }

  /** The designation a candidate must hold to apply. */
  public DesignationKind rungBelow() {
    return rungBelow;
  }

  /** The ladder of {@code code}; refused for any other ({@code eligibility.ladder}). */
  public static Ladder ofCode(String code) {
    return Arrays.stream(values())
        .filter(l -> l.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new RuleViolation("eligibility.ladder", code));
  }
}
