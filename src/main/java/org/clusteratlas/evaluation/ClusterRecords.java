package org.clusteratlas.evaluation;

import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterComposition;

/**
 * What one cluster's statistics are computed from, for one evaluation year: its sums of the year
 * and of three years before (each over its members in that year's frame), and its composition in
 * the year. Each is null when the cluster had no member in the frame then.
 */
record ClusterRecords(Aggregate year, Aggregate threeYearsEarlier, ClusterComposition composition) {

  /** A cluster with no member in the frame. */
  static ClusterRecords none() {
    return new ClusterRecords(null, null, null);
  }

  boolean hasMembers() {
    return year != null && year.enterprises() > 0;
  }
}
