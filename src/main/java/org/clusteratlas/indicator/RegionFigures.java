package org.clusteratlas.indicator;

import java.util.Map;
import org.clusteratlas.cluster.ClusterId;

/**
 * A region's above-designated-size industry and, per cluster, the part of it the cluster's members
 * located in the region account for.
 *
 * @param total every frame enterprise located in the region
 * @param byCluster each cluster with members located in the region, over those members only
 */
public record RegionFigures(Aggregate total, Map<ClusterId, Aggregate> byCluster) {

  public RegionFigures {
    byCluster = Map.copyOf(byCluster);
  }
}
