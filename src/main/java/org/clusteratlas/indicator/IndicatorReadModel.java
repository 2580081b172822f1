package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.ReportingPeriod;

/**
 * Sums of enterprise reports by cluster, for a set of clusters, and for the province: from the
 * current reports, or, given a data version, from the reports as they stood then ({@code
 * ReportStore}). Every result carries the data version it was computed from. Only reports are
 * versioned: memberships, frames and designations are read as they are now.
 *
 * <p>A data version above the current one, or below 0, is refused ({@code data-version.unknown}).
 */
public interface IndicatorReadModel {

  /** The newest data version: the one the methods without a version read. */
  long currentVersion();

  /** The years with an above-designated-size frame, in order. */
  List<Integer> years();

  /** Every cluster with members in the period, keyed by id (a cluster with none is absent). */
  Map<ClusterId, ClusterFigures> byCluster(ReportingPeriod period);

  Map<ClusterId, ClusterFigures> byCluster(ReportingPeriod period, long dataVersion);

  /** The union of the clusters' members, each enterprise counted once. */
  Aggregate union(Collection<ClusterId> clusters, ReportingPeriod period);

  Aggregate union(Collection<ClusterId> clusters, ReportingPeriod period, long dataVersion);

  /** Every enterprise of the year's above-designated-size frame. */
  Aggregate province(ReportingPeriod period);

  Aggregate province(ReportingPeriod period, long dataVersion);

  /**
   * One cluster's sums for every month with members, from the current reports, in period order: the
   * monthly year-to-date series (December is the year).
   */
  List<ClusterFigures> series(ClusterId cluster, int firstYear, int lastYear);

  /**
   * Every cluster in the period in full: its sums (as {@link #byCluster}), its members' flags and
   * revenues, and their revenue three years before, from the reports as of {@code dataVersion} (the
   * flags as they are now); keyed by id, a cluster without members absent. One statement for all
   * clusters, for the evaluation.
   */
  Map<ClusterId, ClusterComposition> compositions(ReportingPeriod period, long dataVersion);

  /**
   * The enterprise records behind one cluster's sums: each member in the period's frame with its
   * current report, largest revenue first. Confidential: callers check the reader's scope.
   */
  List<MemberFigures> members(ClusterId cluster, ReportingPeriod period);

  /**
   * Sums over the frame's enterprises located in the regions whose code matches {@code
   * regionPattern} (a SQL {@code LIKE} pattern such as {@code 3601%}), from the current reports:
   * the region's whole above-designated-size industry, and per cluster its members located there.
   */
  RegionFigures region(String regionPattern, ReportingPeriod period);

  /**
   * Every cluster's members in the period's frame with their industry, flags, and reports of 营业收入,
   * 工业总产值 and 从业人员, from the current reports; keyed by id, a cluster without members absent. One
   * statement for all clusters, for the ladders' eligibility checks.
   */
  Map<ClusterId, List<MemberRecord>> memberRecords(ReportingPeriod period);

  /**
   * Σ 工业总产值 (万元) of each cluster's members in the period's frame that reported it, from the current
   * reports; a cluster none of whose members reported output is absent.
   */
  Map<ClusterId, BigDecimal> outputByCluster(ReportingPeriod period);
}
