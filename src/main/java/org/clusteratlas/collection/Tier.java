package org.clusteratlas.collection;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The three tiers of edit checks of China's statistical reporting system. */
public enum Tier {
  /** 强制性: the row cannot be accepted, and with it the file. */
  HARD,
  /** 准强制性: the file is applied, but the finding must be cleared before the period is accepted. */
  QUASI_HARD,
  /** 核实性: accepted only with a written explanation that is more than a boilerplate. */
  VERIFY;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
