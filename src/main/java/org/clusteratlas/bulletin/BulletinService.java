package org.clusteratlas.bulletin;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes a year's bulletin from records, records its publication, and compares the bulletin as
 * published with the bulletin as revised since.
 */
@Service
public class BulletinService {

  /** How many clusters the text names per tier, as the press release does. */
  static final int NAMED_PER_TIER = 3;

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final ClusterRegister clusters;
  private final IndicatorReadModel indicators;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final IndustryCatalogue industries;
  private final Clock clock;

  BulletinService(
      IndustryCatalogue industries,
      ClusterRegister clusters,
      IndicatorReadModel indicators,
      MessageSource messages,
      JdbcClient jdbc,
      Clock clock) {
    this.industries = industries;
    this.clusters = clusters;
    this.indicators = indicators;
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The bulletin of {@code year} from the current data version, in Chinese; refused when the
   * register holds no provincial cluster then.
   */
  @Transactional(readOnly = true)
  public Bulletin current(int year) {
    return current(year, CHINESE);
  }

  @Transactional(readOnly = true)
  public Bulletin current(int year, Locale locale) {
    return compose(year, indicators.currentVersion(), null, locale);
  }

  /**
   * The bulletin of {@code year} as published: from the data version recorded with its publication,
   * in Chinese; refused when the year has no publication.
   */
  @Transactional(readOnly = true)
  public Bulletin asPublished(int year) {
    return asPublished(year, CHINESE);
  }

  @Transactional(readOnly = true)
  public Bulletin asPublished(int year, Locale locale) {
    BulletinPublication publication = publicationOf(year);
    return compose(year, publication.dataVersion(), publication, locale);
  }

  /**
   * Every figure of the published bulletin of {@code year} against the current data, in Chinese.
   */
  @Transactional(readOnly = true)
  public BulletinRevisions revisions(int year) {
    return revisions(year, CHINESE);
  }

  @Transactional(readOnly = true)
  public BulletinRevisions revisions(int year, Locale locale) {
    Bulletin published = asPublished(year, locale);
    Bulletin revised = current(year, locale);
    List<BulletinRevisions.FigureRevision> figures = new ArrayList<>();
    published
        .figures()
        .forEach(
            (key, figure) ->
                figures.add(
                    BulletinRevisions.FigureRevision.of(key, figure, revised.figures().get(key))));
    return new BulletinRevisions(
        year,
        published.publishedOn(),
        published.dataVersion(),
        revised.dataVersion(),
        figures,
        RevisionsText.render(published, revised, figures, messages, locale));
  }

  /** The publication of {@code year}'s bulletin, if it was published. */
  @Transactional(readOnly = true)
  public Optional<BulletinPublication> publication(int year) {
    return jdbc.sql(
            "select year, published_on, data_version, actor_name, actor_role, actor_region,"
                + " recorded_at from bulletin_publication where year = ?")
        .param(year)
        .query(
            (rs, n) ->
                new BulletinPublication(
                    rs.getInt(1),
                    rs.getDate(2).toLocalDate(),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getTimestamp(7).toInstant()))
        .optional();
  }

  private BulletinPublication publicationOf(int year) {
    return publication(year)
        .orElseThrow(() -> new RuleViolation("bulletin-publication.unknown", year));
  }

  /**
   * Records that the bulletin of {@code year} was published on {@code publishedOn}, from the data
   * version current now. Refused unless the actor answers for the province, the date is after the
   * year, the year has provincial clusters, and the year's bulletin is not published yet: a
   * publication stands, and later corrections show as {@link #revisions}.
   */
  @Transactional
  public BulletinPublication publish(int year, LocalDate publishedOn, Actor actor) {
    if (!actor.isProvince()) {
      throw new RuleViolation("bulletin.publisher-not-province", actor.name(), actor.role());
    }
    if (publishedOn == null) {
      throw new RuleViolation("bulletin.published-on-missing", year);
    }
    LocalDate yearEnd = ReportingPeriod.annual(year).endDate();
    if (!publishedOn.isAfter(yearEnd)) {
      throw new RuleViolation("bulletin.published-before-year-end", publishedOn, year);
    }
    if (clusters.holdersOn(DesignationKind.PROVINCIAL, yearEnd).isEmpty()) {
      throw new RuleViolation("bulletin.no-data", year);
    }
    long version = indicators.currentVersion();
    int inserted =
        jdbc.sql(
                "insert into bulletin_publication (year, published_on, data_version, actor_name,"
                    + " actor_role, actor_region, recorded_at) values (?, ?, ?, ?, ?, ?, ?) on"
                    + " conflict (year) do nothing")
            .params(
                year,
                Date.valueOf(publishedOn),
                version,
                actor.name(),
                actor.role().name(),
                actor.regionCode(),
                Timestamp.from(clock.instant()))
            .update();
    BulletinPublication publication = publicationOf(year);
    if (inserted == 0) {
      throw new RuleViolation(
          "bulletin.already-published", year, publication.publishedOn(), publication.dataVersion());
    }
    return publication;
  }

  /**
   * The bulletin of {@code year} from the reports as of {@code dataVersion}; as published when
   * {@code publication} is given, else as revised.
   */
  private Bulletin compose(
      int year, long dataVersion, BulletinPublication publication, Locale locale) {
    ReportingPeriod period = ReportingPeriod.annual(year);
    var asOf = period.endDate();
    List<Cluster> all = clusters.all();
    Map<ClusterId, Cluster> register =
        all.stream().collect(Collectors.toMap(Cluster::id, Function.identity()));
    Set<ClusterId> provincial = holders(all, DesignationKind.PROVINCIAL, asOf);
    if (provincial.isEmpty()) {
      throw new RuleViolation("bulletin.no-data", year);
    }
    Aggregate union = indicators.union(provincial, period, dataVersion);
    Aggregate province = indicators.province(period, dataVersion);
    Map<ClusterId, ClusterFigures> byCluster = indicators.byCluster(period, dataVersion);

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
    Bulletin.Edition edition =
        publication == null ? Bulletin.Edition.CURRENT : Bulletin.Edition.AS_PUBLISHED;
    String label =
        publication == null
            ? messages.getMessage(
                "bulletin.edition.current", new Object[] {String.valueOf(dataVersion)}, locale)
            : messages.getMessage(
                "bulletin.edition.as-published",
                new Object[] {publication.publishedOn().toString(), String.valueOf(dataVersion)},
                locale);
    return new Bulletin(
        year,
        asOf,
        dataVersion,
        edition,
        publication == null ? null : publication.publishedOn(),
        label,
        demo,
        figures,
        text,
        target);
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
