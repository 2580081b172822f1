package org.clusteratlas.collection;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an import stands; the last three are outcomes of a file that was read to the end. */
public enum ImportStatus {
  /** Being read and checked. */
  RUNNING,
  /** The process stopped before the import ended (killed, crashed); nothing of it was stored. */
  INTERRUPTED,
  /** An internal fault; nothing was stored. */
  FAILED,
  /** Every row passed the hard checks and every verify finding is explained: the file is stored. */
  APPLIED,
  /** A hard problem: nothing of the file is stored. */
  REFUSED,
  /** No hard problem, but verify findings lack an acceptable explanation: nothing is stored yet. */
  NEEDS_EXPLANATION;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ImportStatus of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
