package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.util.List;

/**
 * A city's or county's page: the clusters hosted there and their weight in its industry.
 *
 * @param clusters the clusters with a host in the region, as the reader may see them
 * @param industryRevenueYi the region's above-designated-size industrial revenue (亿元), null when
 *     the reader may not see the region's unpublished figures
 * @param weights per cluster, its members located in the region: their revenue and share of the
 *     region's industry; empty when hidden as above
 */
public record RegionProfile(
    String code,
    String name,
    String level,
    String parentCode,
    int year,
    List<ClusterRow> clusters,
    BigDecimal industryRevenueYi,
    List<Weight> weights) {

  public RegionProfile {
    clusters = List.copyOf(clusters);
    weights = List.copyOf(weights);
  }

  /** A cluster's members located in the region and their share of its industry, percent. */
  public record Weight(
      long clusterId, String clusterName, BigDecimal revenueYi, BigDecimal sharePct) {}
}
