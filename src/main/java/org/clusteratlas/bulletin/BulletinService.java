package org.clusteratlas.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterFigures;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.indicator.PublishedRounding;
import org.clusteratlas.indicator.RevenueTier;
import org.clusteratlas.indicator.Share;
import org.clusteratlas.industry.IndustryCatalogue;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes a year's bulletin from records. */
@Service
public class BulletinService {

  /** How many clusters the text names per tier, as the press release does. */
  static final int NAMED_PER_TIER = 3;

  private final ClusterRegister clusters;
  private final IndicatorReadModel indicators;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final IndustryCatalogue industries;

  BulletinService(
      IndustryCatalogue industries,
      ClusterRegister clusters,
      IndicatorReadModel indicators,
      MessageSource messages,
      JdbcClient jdbc) {
    this.industries = industries;
    this.clusters = clusters;
    this.indicators = indicators;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  /** The bulletin of {@code year}; refused when the register holds no provincial cluster then. */
  @Transactional(readOnly = true)
  public Bulletin compose(int year) {
    return compose(year, Locale.SIMPLIFIED_CHINESE);
  }

  @Transactional(readOnly = true)
  public Bulletin compose(int year, Locale locale) {
    ReportingPeriod period = ReportingPeriod.annual(year);
    var asOf = period.endDate();
    List<Cluster> all = clusters.all();
    Map<ClusterId, Cluster> register =
        all.stream().collect(Collectors.toMap(Cluster::id, Function.identity()));
    Set<ClusterId> provincial = holders(all, DesignationKind.PROVINCIAL, asOf);
    if (provincial.isEmpty()) {
      throw new RuleViolation("bulletin.no-data", year);
    }
    Aggregate union = indicators.union(provincial, period);
    Aggregate province = indicators.province(period);
    Map<ClusterId, ClusterFigures> byCluster = indicators.byCluster(period);

    List<ClusterFigures> ranked =
        provincial.stream()
            .map(byCluster::get)
            .filter(Objects::nonNull)
            .sorted(Comparator.comparing((ClusterFigures f) -> f.figures().revenue()).reversed())
            .toList();
    Map<String, Figure> figures = new LinkedHashMap<>();
    figures.put("provincial_cluster_count", Figure.count(provincial.size(), List.of()));
    BigDecimal revenue = union.revenue().wanYi();
    figures.put(
        "cluster_revenue",
        new Figure(PublishedRounding.oneDecimal(revenue), "万亿元", revenue, List.of()));
    figures.put("cluster_revenue_growth_pct", percent(union.revenueGrowthPct().orElse(null)));
    figures.put(
        "cluster_share_of_provincial_above_scale_revenue_pct",
        percent(Share.percent(union.revenue().wan(), province.revenue().wan()).orElse(null)));
    BigDecimal profit = union.profit().yi();
    figures.put(
        "cluster_profit", new Figure(PublishedRounding.whole(profit), "亿元", profit, List.of()));
    figures.put("cluster_profit_growth_pct", percent(union.profitGrowthPct().orElse(null)));
    for (RevenueTier tier :
        List.of(RevenueTier.OVER_100BN, RevenueTier.OVER_50BN, RevenueTier.OVER_10BN)) {
      List<ClusterFigures> atLeast =
          ranked.stream().filter(f -> f.figures().tier().isAtLeast(tier)).toList();
      // the press release names the largest clusters of the tier's own band
      List<String> named =
          tier == RevenueTier.OVER_10BN
              ? List.of()
              : atLeast.stream()
                  .filter(f -> f.figures().tier() == tier)
                  .limit(NAMED_PER_TIER)
                  .map(f -> register.get(f.cluster()).shortName())
                  .toList();
      figures.put("clusters_revenue_" + tier.code(), Figure.count(atLeast.size(), named));
    }
    Set<ClusterId> advanced = holders(all, DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING, asOf);
    figures.put(
        "provincial_advanced_manufacturing_clusters", Figure.count(advanced.size(), List.of()));
    figures.put(
        "national_sme_characteristic_clusters",
        Figure.count(
            holders(all, DesignationKind.NATIONAL_SME_CHARACTERISTIC, asOf).size(), List.of()));
    List<String> national =
        holders(all, DesignationKind.NATIONAL_ADVANCED_MANUFACTURING, asOf).stream()
            .map(id -> register.get(id).shortName())
            .toList();
    figures.put(
        "national_advanced_manufacturing_clusters", Figure.count(national.size(), national));

    long areasCovered =
        advanced.stream()
            .map(id -> register.get(id).advancedArea())
            .filter(Objects::nonNull)
            .distinct()
            .count();
    long areas = industries.chains().stream().filter(c -> "advanced_area".equals(c.kind())).count();
    boolean demo = provincial.stream().anyMatch(id -> register.get(id).demo());
    Bulletin.Target target = target(figures);
    String text =
        BulletinText.render(year, figures, areasCovered, areas, target, demo, messages, locale);
    return new Bulletin(year, asOf, demo, figures, text, target);
  }

  /**
   * The clusters holding {@code kind} on {@code on}, in id order: the rule of {@link
   * ClusterRegister#holdersOn} ({@code Cluster.holds}), applied to the clusters already loaded
   * rather than asking the database once per designation.
   */
  private static Set<ClusterId> holders(List<Cluster> all, DesignationKind kind, LocalDate on) {
    return all.stream()
        .filter(c -> c.holds(kind, on))
        .map(Cluster::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private Bulletin.Target target(Map<String, Figure> figures) {
    return jdbc.sql(
            "select key, year, value, approximate from policy_target where key ="
                + " 'clusters_revenue_over_100bn' order by year limit 1")
        .query(
            (rs, n) ->
                new Bulletin.Target(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getBigDecimal(3),
                    rs.getBoolean(4),
                    figures.get("clusters_revenue_over_100bn").value().longValue()))
        .optional()
        .orElse(null);
  }

  private static Figure percent(BigDecimal exact) {
    return exact == null
        ? new Figure(null, "%", null, new ArrayList<>())
        : new Figure(PublishedRounding.oneDecimal(exact), "%", exact, List.of());
  }
}
