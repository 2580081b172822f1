package org.clusteratlas.period;

import java.util.Locale;

/** What a history entry records. */
public enum PeriodAction {
  /** The province administrator set the reporting window. */
  WINDOW_SET,
  /** A bureau accepted (验收) the period for a region, locking it. */
  ACCEPT,
  /** The level above lifted an acceptance. */
  UNLOCK;

  /** The code as stored and shown: {@code window_set}, {@code accept}, {@code unlock}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PeriodAction ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
