package org.clusteratlas.indicator;

import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.ReportingPeriod;

/** One cluster's sums for one period; a cluster counts all its members, shared ones included. */
public record ClusterFigures(ClusterId cluster, ReportingPeriod period, Aggregate figures) {

  /** The data version the figures were computed from. */
  public long dataVersion() {
    return figures.dataVersion();
  }
}
