package org.clusteratlas.eligibility;

import com.fasterxml.jackson.annotation.JsonValue;

/** A criterion's verdict on one cluster: met, not met, or unknown for want of data. */
public enum Verdict {
  MET("met", "✓"),
  NOT_MET("not_met", "✗"),
  UNKNOWN("unknown", "?");

  private final String code;
  private final String mark;

  Verdict(String code, String mark) {
    this.code = code;
    this.mark = mark;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The mark a table shows: ✓, ✗ or ?. */
  public String mark() {
    return mark;
  }
}
