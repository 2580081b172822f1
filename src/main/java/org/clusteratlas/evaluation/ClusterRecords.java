package org.clusteratlas.evaluation;

import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterComposition;

/**
 * What one cluster's statistics are computed from, for one evaluation year: its composition in the
 * year (sums, members, revenues, revenue three years before), or null when it had no member in the
 * year's frame.
 */
record ClusterRecords(ClusterComposition composition) {

  /** A cluster with no member in the frame. */
  static ClusterRecords none() {
    return new ClusterRecords(null);
  }

  boolean hasMembers() {
    return composition != null && composition.members() > 0;
  }

  /** The year's sums; only when {@link #hasMembers()}. */
  Aggregate year() {
    return composition.figures();
  }
}
