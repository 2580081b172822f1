package org.clusteratlas.indicator;

import java.util.Collection;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.ReportingPeriod;

/** Sums of enterprise reports by cluster, for a set of clusters, and for the province. */
public interface IndicatorReadModel {

  /** Every cluster with members in the period, keyed by id (a cluster with none is absent). */
  Map<ClusterId, ClusterFigures> byCluster(ReportingPeriod period);

  /** The union of the clusters' members, each enterprise counted once. */
  Aggregate union(Collection<ClusterId> clusters, ReportingPeriod period);

  /** Every enterprise of the year's above-designated-size frame. */
  Aggregate province(ReportingPeriod period);
}
