package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.indicator.MemberRecord;
import org.clusteratlas.industry.IndustryCatalogue;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.Region;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.selfreport.SelfReportCatalogue;
import org.clusteratlas.selfreport.SelfReports;
import org.clusteratlas.shared.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Reads the facts the criteria look at for a set of clusters and one year, in a few statements for
 * all of them: the members' records of the year and of the years before it (one statement each,
 * through the indicator read model), the province's sums, the year's latest evaluation, the regions
 * and the catalogue's names; the declared facts (area, single champions) from the year's submitted
 * or accepted self-reports, in one statement.
 */
@Component
class FactsReader {

  private final IndicatorReadModel indicators;
  private final RegionDirectory regions;
  private final IndustryCatalogue industries;
  private final Evaluations evaluations;
  private final SelfReports selfReports;

  FactsReader(
      IndicatorReadModel indicators,
      RegionDirectory regions,
      IndustryCatalogue industries,
      Evaluations evaluations,
      SelfReports selfReports) {
    this.indicators = indicators;
    this.regions = regions;
    this.industries = industries;
    this.evaluations = evaluations;
    this.selfReports = selfReports;
  }

  /** The years with an above-designated-size frame. */
  List<Integer> years() {
    return indicators.years();
  }

  /**
   * The facts of each of {@code clusters} in {@code year}; {@code outputYears} is how many years
   * ending with {@code year} the output sums are read for, {@code years} those with a frame.
   */
  Map<ClusterId, ClusterFacts> read(
      int year, Collection<Cluster> clusters, int outputYears, List<Integer> years) {
    Map<ClusterId, List<MemberRecord>> members =
        indicators.memberRecords(ReportingPeriod.annual(year));
    Map<Integer, Map<ClusterId, BigDecimal>> outputs = new HashMap<>();
    outputs.put(year, outputSums(members));
    for (int y = year - outputYears + 1; y < year; y++) {
      // only the sums of the years before: one light statement each
      outputs.put(
          y, years.contains(y) ? indicators.outputByCluster(ReportingPeriod.annual(y)) : Map.of());
    }
    BigDecimal provinceGrowth =
        indicators.province(ReportingPeriod.annual(year)).revenueGrowthPct().orElse(null);
    Optional<Evaluation> evaluation = evaluations.findLatest(year);
    Map<Long, Grade> grades = new HashMap<>();
    evaluation.ifPresent(e -> e.results().forEach(r -> grades.put(r.clusterId(), r.grade())));
    Places places = new Places();
    // what each cluster declared for the year in a submitted or accepted self-report
    Map<ClusterId, Map<String, BigDecimal>> declared =
        selfReports.valuesAsOf(
            year, selfReports.currentVersion(), clusters.stream().map(Cluster::id).toList());
    LocalDate end = ReportingPeriod.annual(year).endDate();

    Map<ClusterId, ClusterFacts> facts = new LinkedHashMap<>();
    for (Cluster c : clusters) {
      Set<DesignationKind> held = EnumSet.noneOf(DesignationKind.class);
      for (DesignationKind kind : DesignationKind.values()) {
        if (c.holds(kind, end)) {
          held.add(kind);
        }
      }
      Map<Integer, BigDecimal> output = new HashMap<>();
      outputs.forEach(
          (y, sums) -> {
            BigDecimal sum = sums.get(c.id());
            if (sum != null) {
              output.put(y, sum);
            }
          });
      facts.put(
          c.id(),
          new ClusterFacts(
              year,
              held,
              c.hosts().stream().map(places::host).toList(),
              places.division(c.leadingIndustry()),
              places.chain(c.advancedArea()),
              members.getOrDefault(c.id(), List.of()),
              output,
              provinceGrowth,
              evaluation.isPresent(),
              grades.get(c.id().value()),
              declared.getOrDefault(c.id(), Map.of()).get(SelfReportCatalogue.AREA_KM2),
              count(
                  declared
                      .getOrDefault(c.id(), Map.of())
                      .get(SelfReportCatalogue.SINGLE_CHAMPIONS))));
    }
    return facts;
  }

  private static Integer count(BigDecimal value) {
    return value == null ? null : value.intValueExact();
  }

  /** Σ 工业总产值 per cluster over the members that reported it; a cluster with none absent. */
  private static Map<ClusterId, BigDecimal> outputSums(Map<ClusterId, List<MemberRecord>> members) {
    Map<ClusterId, BigDecimal> sums = new HashMap<>();
    members.forEach(
        (id, list) -> {
          for (MemberRecord m : list) {
            if (m.output() != null) {
              sums.merge(id, m.output(), BigDecimal::add);
            }
          }
        });
    return sums;
  }

  /** Regions, zones and names looked up once per read. */
  private final class Places {

    private final Map<String, Optional<Region>> regionsByCode = new HashMap<>();
    private final Map<String, Optional<DevelopmentZone>> zones = new HashMap<>();
    private final Map<String, ClusterFacts.Named> divisions = new HashMap<>();
    private final Map<String, ClusterFacts.Named> chains = new HashMap<>();

    Places() {
      for (Region r : regions.provinceRegions()) {
        regionsByCode.put(r.code().value(), Optional.of(r));
      }
    }

    ClusterFacts.Host host(ClusterHost host) {
      if (host.isZone()) {
        Optional<DevelopmentZone> zone = zones.computeIfAbsent(host.zone(), regions::zone);
        if (zone.isEmpty()) {
          return new ClusterFacts.Host(host.code(), host.code(), null, null, false);
        }
        Optional<Region> parent = region(zone.get().parent().value());
        return new ClusterFacts.Host(
            host.code(),
            zone.get().shortName(),
            parent.map(r -> r.code().value()).orElse(null),
            parent.map(Region::name).orElse(null),
            parent.map(r -> r.level() == Region.Level.COUNTY).orElse(false));
      }
      Optional<Region> region = region(host.region().value());
      return new ClusterFacts.Host(
          host.code(),
          region.map(Region::name).orElse(host.code()),
          region.map(r -> r.code().value()).orElse(null),
          region.map(Region::name).orElse(null),
          region.map(r -> r.level() == Region.Level.COUNTY).orElse(false));
    }

    private Optional<Region> region(String code) {
      return regionsByCode.computeIfAbsent(code, c -> regions.region(new RegionCode(c)));
    }

    ClusterFacts.Named division(String code) {
      if (code == null) {
        return null;
      }
      return divisions.computeIfAbsent(
          code,
          c ->
              industries
                  .division(new IndustryCode(c))
                  .map(d -> new ClusterFacts.Named(c, d.nameZh(), d.nameEn()))
                  .orElse(new ClusterFacts.Named(c, null, null)));
    }

    ClusterFacts.Named chain(String code) {
      if (code == null) {
        return null;
      }
      return chains.computeIfAbsent(
          code,
          c ->
              industries
                  .chain(c)
                  .map(ch -> new ClusterFacts.Named(c, ch.nameZh(), ch.nameEn()))
                  .orElse(new ClusterFacts.Named(c, null, null)));
    }
  }
}
