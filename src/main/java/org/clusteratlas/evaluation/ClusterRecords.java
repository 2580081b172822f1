package org.clusteratlas.evaluation;

import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterComposition;
import org.clusteratlas.selfreport.SubmittedReport;

/**
 * What one cluster's raw values are taken from, for one evaluation year: its composition in the
 * year (sums, members, revenues, revenue three years before), or null when it had no member in the
 * year's frame; and its annual self-report as the run counts it, or null when none counts.
 */
record ClusterRecords(ClusterComposition composition, SubmittedReport selfReport) {

  /** Records without a self-report. */
  ClusterRecords(ClusterComposition composition) {
    this(composition, null);
  }

  /** A cluster with no member in the frame. */
  static ClusterRecords none() {
    return new ClusterRecords(null, null);
  }

  ClusterRecords withSelfReport(SubmittedReport report) {
    return new ClusterRecords(composition, report);
  }

  boolean hasMembers() {
    return composition != null && composition.members() > 0;
  }

  /** The year's sums; only when {@link #hasMembers()}. */
  Aggregate year() {
    return composition.figures();
  }
}
