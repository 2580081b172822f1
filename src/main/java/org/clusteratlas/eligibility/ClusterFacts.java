package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.MemberRecord;

/**
 * Everything the criteria look at for one cluster and one year, read beforehand so that each
 * criterion is a pure function of it.
 *
 * @param held the designations held on 31 December of the year
 * @param hosts where the cluster lies, each host with the region it counts in
 * @param leadingIndustry the cluster's leading industry division, null when not registered
 * @param advancedArea the advanced manufacturing area its chain lies in, null when none
 * @param members the members in the year's frame with their reports (empty without members)
 * @param outputByYear Σ 工业总产值 (万元) of the members in each year's frame, for the years where some
 *     member reported it; a year without such reports is absent
 * @param provinceRevenueGrowthPct the province's comparable revenue growth, percent, or null
 * @param evaluated whether the year was evaluated
 * @param grade the cluster's grade in the year's latest evaluation, null when not graded
 * @param areaKm2 the declared area, null when not declared
 * @param singleChampions the declared number of single champions, null when not declared
 */
record ClusterFacts(
    int year,
    Set<DesignationKind> held,
    List<Host> hosts,
    Named leadingIndustry,
    Named advancedArea,
    List<MemberRecord> members,
    Map<Integer, BigDecimal> outputByYear,
    BigDecimal provinceRevenueGrowthPct,
    boolean evaluated,
    Grade grade,
    BigDecimal areaKm2,
    Integer singleChampions) {

  ClusterFacts {
    held = Set.copyOf(held);
    hosts = List.copyOf(hosts);
    members = List.copyOf(members);
    outputByYear = Map.copyOf(outputByYear);
  }

  /**
   * A host (a region or a development zone) and the region it counts in: itself, or a zone's parent
   * region.
   *
   * @param name the host's name, e.g. 南昌高新区
   * @param regionCode the GB/T 2260 code it counts in, null when the directory does not know it
   * @param regionName that region's name
   * @param county whether that region is county-level
   */
  record Host(String code, String name, String regionCode, String regionName, boolean county) {}

  /** A code with its Chinese and English names (an industry division, an advanced area). */
  record Named(String code, String zh, String en) {

    Named {
      Objects.requireNonNull(code, "code");
    }

    Reason.Named names() {
      return new Reason.Named(zh == null ? code : zh, en == null ? code : en);
    }
  }
}
