package org.clusteratlas.explore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.clusteratlas.bulletin.Bulletin;
import org.clusteratlas.bulletin.BulletinService;
import org.clusteratlas.bulletin.Figure;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.explore.ClusterProfile.DesignationEntry;
import org.clusteratlas.explore.ClusterProfile.MemberSummary;
import org.clusteratlas.explore.ClusterProfile.SeriesPoint;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterFigures;
import org.clusteratlas.indicator.Concentration;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.indicator.MemberFigures;
import org.clusteratlas.indicator.PublishedRounding;
import org.clusteratlas.indicator.RegionFigures;
import org.clusteratlas.indicator.Share;
import org.clusteratlas.industry.IndustryCatalogue;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.Region;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The query layer of the pages and the API. Each method takes the reader's {@link Scope} and
 * applies it here, on the server, cluster by cluster (see {@link Scope} for what each kind sees):
 * the current figures of a cluster the scope covers, the figures published with the year's bulletin
 * otherwise, none when those rest on fewer than {@value Scope#MINIMUM_ENTERPRISES} enterprises.
 * Enterprise records outside the scope are refused with {@link AccessRefusedException}, which the
 * web layer answers with 403 and logs.
 */
@Service
public class Explorer {

  /** The most clusters one comparison holds. */
  public static final int MAX_COMPARED = 10;

  private static final int SERIES_YEARS = 10;
  private static final int TOP = 10;

  private final ClusterRegister register;
  private final IndicatorReadModel indicators;
  private final BulletinService bulletins;
  private final RegionDirectory regions;
  private final IndustryCatalogue industries;
  private final JdbcClient jdbc;
  private final FigureCache cache;
  private final long snapshotTtlNanos;
  private volatile Snapshot lastSnapshot;
  private volatile long lastSnapshotAt;

  Explorer(
      ClusterRegister register,
      IndicatorReadModel indicators,
      BulletinService bulletins,
      RegionDirectory regions,
      IndustryCatalogue industries,
      JdbcClient jdbc,
      FigureCache cache,
      @Value("${atlas.explore.snapshot-ttl:1s}") Duration snapshotTtl) {
    this.register = register;
    this.indicators = indicators;
    this.bulletins = bulletins;
    this.regions = regions;
    this.industries = industries;
    this.jdbc = jdbc;
    this.cache = cache;
    this.snapshotTtlNanos = snapshotTtl.toNanos();
  }

  // ---- years -------------------------------------------------------------------------------

  /** The years the reader may choose: published ones for the public, every year with data else. */
  public List<Integer> years(Scope scope) {
    Snapshot snapshot = snapshot();
    List<Integer> all = cache.get(List.of("years", snapshot.dataVersion()), indicators::years);
    if (scope.signedIn()) {
      return all;
    }
    return all.stream().filter(snapshot::published).toList();
  }

  /** The newest year the reader may see (the newest with data when none is published). */
  public int defaultYear(Scope scope) {
    List<Integer> years = years(scope);
    if (!years.isEmpty()) {
      return years.get(years.size() - 1);
    }
    List<Integer> all = years(Scope.province("system"));
    if (all.isEmpty()) {
      throw new RuleViolation("explore.no-data", "-");
    }
    return all.get(all.size() - 1);
  }

  private int yearOr(Integer year, Scope scope) {
    int y = year != null ? year : defaultYear(scope);
    if (y < ReportingPeriod.FIRST_YEAR || y > ReportingPeriod.LAST_YEAR) {
      throw new RuleViolation("explore.year", y);
    }
    return y;
  }

  // ---- directory ---------------------------------------------------------------------------

  /** The directory: filtered, sorted and paged, every row as the reader may see it. */
  public ResultPage<ClusterRow> clusters(ClusterFilter filter, Scope scope, Locale locale) {
    int year = yearOr(filter.year(), scope);
    List<ClusterRow> matching =
        rows(year, scope, locale).stream().filter(filter::matches).sorted(filter.order()).toList();
    int from = Math.min((filter.page() - 1) * filter.size(), matching.size());
    int to = Math.min(from + filter.size(), matching.size());
    return new ResultPage<>(
        matching.subList(from, to), filter.page(), filter.size(), matching.size());
  }

  /** Every row the filter matches, in its order: the directory's download. */
  public List<ClusterRow> allClusters(ClusterFilter filter, Scope scope, Locale locale) {
    int year = yearOr(filter.year(), scope);
    return rows(year, scope, locale).stream()
        .filter(filter::matches)
        .sorted(filter.order())
        .toList();
  }

  /** The clusters {@code ids}, in the order given: 1 to {@value #MAX_COMPARED}, no repeats. */
  public List<ClusterRow> compare(List<Long> ids, Integer year, Scope scope, Locale locale) {
    Set<Long> distinct = new LinkedHashSet<>(ids);
    if (distinct.isEmpty() || distinct.size() > MAX_COMPARED) {
      throw new RuleViolation("explore.compare-count", distinct.size(), MAX_COMPARED);
    }
    Map<Long, ClusterRow> byId = new HashMap<>();
    rows(yearOr(year, scope), scope, locale).forEach(r -> byId.put(r.id(), r));
    List<ClusterRow> result = new ArrayList<>();
    for (long id : distinct) {
      ClusterRow row = byId.get(id);
      if (row == null) {
        throw new RuleViolation("cluster.unknown", id);
      }
      result.add(row);
    }
    return result;
  }

  // ---- one cluster ---------------------------------------------------------------------------

  public ClusterProfile profile(long id, Integer year, Scope scope, Locale locale) {
    int y = yearOr(year, scope);
    Snapshot snapshot = snapshot();
    Cluster cluster = cluster(snapshot, id);
    ClusterRow row = row(cluster, y, snapshot, scope, locale);
    List<DesignationEntry> designations =
        cluster.designations().stream()
            .sorted(Comparator.comparing(d -> d.grantedOn()))
            .map(
                d ->
                    new DesignationEntry(
                        d.kind().code(),
                        d.grantedOn(),
                        d.grantedDocument(),
                        d.revokedOn(),
                        d.revocationReason()))
            .toList();
    List<SeriesPoint> annual = new ArrayList<>();
    List<SeriesPoint> monthly = new ArrayList<>();
    if (coversCluster(cluster, scope)) {
      List<ClusterFigures> series =
          cache.get(
              List.of("series", id, y, snapshot.dataVersion(), snapshot.register()),
              () -> indicators.series(cluster.id(), y - SERIES_YEARS + 1, y));
      boolean suppress = scope.kind() == Scope.Kind.VIEWER;
      for (ClusterFigures f : series) {
        if (f.period().month() == 12) {
          annual.add(
              point(String.valueOf(f.period().year()), f.figures(), Basis.CURRENT, suppress));
        }
        if (f.period().year() == y) {
          monthly.add(point(f.period().toString(), f.figures(), Basis.CURRENT, suppress));
        }
      }
    } else {
      for (int py = y - SERIES_YEARS + 1; py <= y; py++) {
        Long version = snapshot.publications().get(py);
        if (version != null) {
          ClusterFigures f =
              figures(ReportingPeriod.annual(py), version, snapshot).get(cluster.id());
          if (f != null) {
            annual.add(point(String.valueOf(py), f.figures(), Basis.PUBLISHED, true));
          }
        }
      }
    }
    MemberSummary members = null;
    if (coversAllMembers(cluster, scope)) {
      members = summary(cluster, y, snapshot);
    }
    return new ClusterProfile(row, designations, annual, monthly, members);
  }

  /**
   * The member enterprises of cluster {@code id} in {@code year} with their reports: the records
   * behind its figures. Refused to a reader whose scope covers none of them.
   */
  public MemberTable members(long id, Integer year, Scope scope) {
    int y = yearOr(year, scope);
    Snapshot snapshot = snapshot();
    Cluster cluster = cluster(snapshot, id);
    String what = "cluster/" + id + "/members/" + y;
    Predicate<MemberFigures> visible =
        switch (scope.kind()) {
          case PROVINCE -> m -> true;
          case CLUSTER -> {
            if (scope.clusterId() != id) {
              throw new AccessRefusedException(scope, what);
            }
            yield m -> true;
          }
          case REGION -> m -> scope.coversRegion(m.regionCode());
          default -> throw new AccessRefusedException(scope, what);
        };
    List<MemberFigures> all = memberFigures(cluster, y, snapshot);
    List<MemberTable.Member> shown = all.stream().filter(visible).map(Explorer::member).toList();
    if (shown.isEmpty() && scope.kind() == Scope.Kind.REGION) {
      throw new AccessRefusedException(scope, what);
    }
    return new MemberTable(id, cluster.name(), y, shown.size() == all.size(), shown);
  }

  private List<MemberFigures> memberFigures(Cluster cluster, int year, Snapshot snapshot) {
    return cache.get(
        List.of("members", cluster.id().value(), year, snapshot.dataVersion(), snapshot.register()),
        () -> indicators.members(cluster.id(), ReportingPeriod.annual(year)));
  }

  private MemberSummary summary(Cluster cluster, int year, Snapshot snapshot) {
    List<MemberFigures> all = memberFigures(cluster, year, snapshot);
    List<BigDecimal> revenues = all.stream().map(m -> m.revenue().wan()).toList();
    return new MemberSummary(
        all.stream().limit(TOP).map(Explorer::member).toList(),
        all.size(),
        Concentration.topSharePct(revenues, 1).orElse(null),
        Concentration.topSharePct(revenues, 4).orElse(null),
        Concentration.hhi(revenues).orElse(null));
  }

  private static MemberTable.Member member(MemberFigures m) {
    return new MemberTable.Member(
        m.creditCode(),
        m.name(),
        m.regionCode(),
        m.revenue().yi().setScale(2, RoundingMode.HALF_UP),
        m.revenueGrowthPct().map(PublishedRounding::oneDecimal).orElse(null),
        m.profit().yi().setScale(2, RoundingMode.HALF_UP));
  }

  // ---- regions -----------------------------------------------------------------------------

  /** A city or county of the province: its clusters and, within the scope, their weight. */
  public RegionProfile region(String code, Integer year, Scope scope, Locale locale) {
    RegionCode regionCode = new RegionCode(code);
    Region region =
        regions
            .region(regionCode)
            .filter(r -> r.level() == Region.Level.CITY || r.level() == Region.Level.COUNTY)
            .orElseThrow(() -> new RuleViolation("region.unknown", code));
    int y = yearOr(year, scope);
    Snapshot snapshot = snapshot();
    List<ClusterRow> clusters =
        rows(y, scope, locale).stream()
            .filter(r -> r.hosts().stream().anyMatch(h -> hostWithin(h.code(), regionCode)))
            .toList();
    boolean seesRegion =
        scope.seesUnpublishedClusterFigures()
            || (scope.kind() == Scope.Kind.REGION && scope.coversRegion(code));
    BigDecimal industry = null;
    List<RegionProfile.Weight> weights = new ArrayList<>();
    if (seesRegion) {
      String pattern = regionCode.isCity() ? code.substring(0, 4) + "%" : code;
      RegionFigures figures =
          cache.get(
              List.of("region", pattern, y, snapshot.dataVersion(), snapshot.register()),
              () -> indicators.region(pattern, ReportingPeriod.annual(y)));
      industry = yi(figures.total().revenue().wan());
      boolean suppress = scope.kind() == Scope.Kind.VIEWER;
      for (ClusterRow row : clusters) {
        Aggregate part = figures.byCluster().get(new ClusterId(row.id()));
        if (part == null || (suppress && part.enterprises() < Scope.MINIMUM_ENTERPRISES)) {
          continue;
        }
        weights.add(
            new RegionProfile.Weight(
                row.id(),
                row.name(),
                yi(part.revenue().wan()),
                Share.percent(part.revenue().wan(), figures.total().revenue().wan())
                    .map(PublishedRounding::oneDecimal)
                    .orElse(null)));
      }
      weights.sort(Comparator.comparing(RegionProfile.Weight::revenueYi).reversed());
    }
    return new RegionProfile(
        code,
        region.name(),
        region.level().name().toLowerCase(Locale.ROOT),
        region.parent() == null ? null : region.parent().value(),
        y,
        clusters,
        industry,
        weights);
  }

  /** The province's cities, for menus and the map. */
  public List<Region> cities() {
    return regions.cities();
  }

  // ---- dashboard and bulletin figures ----------------------------------------------------------

  public Dashboard dashboard(Integer year, Scope scope, Locale locale) {
    int y = yearOr(year, scope);
    Snapshot snapshot = snapshot();
    Optional<Bulletin> bulletin = bulletin(y, scope, snapshot, locale);
    Map<String, BigDecimal> headline = new LinkedHashMap<>();
    bulletin.ifPresent(b -> b.figures().forEach((k, f) -> headline.put(k, f.exact())));
    List<ClusterRow> rows = rows(y, scope, locale);
    List<ClusterRow> provincial = rows.stream().filter(r -> r.holds("provincial")).toList();

    Map<String, Integer> tiers = new LinkedHashMap<>();
    for (String band : List.of("over_100bn", "50bn_100bn", "10bn_50bn", "below", "hidden")) {
      tiers.put(band, 0);
    }
    for (ClusterRow r : provincial) {
      String band =
          r.tier() == null
              ? "hidden"
              : switch (r.tier()) {
                case "over_100bn" -> "over_100bn";
                case "over_50bn" -> "50bn_100bn";
                case "over_10bn" -> "10bn_50bn";
                default -> "below";
              };
      tiers.merge(band, 1, Integer::sum);
    }

    List<Dashboard.CityFigure> cities = new ArrayList<>();
    for (Region city : regions.cities()) {
      String code = city.code().value();
      List<ClusterRow> here =
          provincial.stream()
              .filter(r -> !r.cityCodes().isEmpty() && r.cityCodes().get(0).equals(code))
              .toList();
      BigDecimal revenue =
          here.stream()
              .map(ClusterRow::revenueYi)
              .filter(v -> v != null)
              .reduce(BigDecimal::add)
              .orElse(null);
      cities.add(new Dashboard.CityFigure(code, city.name(), here.size(), revenue));
    }

    Map<String, Integer> designations = new LinkedHashMap<>();
    for (DesignationKind kind : DesignationKind.values()) {
      designations.put(kind.code(), (int) rows.stream().filter(r -> r.holds(kind.code())).count());
    }
    List<ClusterRow> withFigures =
        provincial.stream().filter(r -> r.basis().showsFigures()).toList();
    List<ClusterRow> top =
        withFigures.stream()
            .sorted(Comparator.comparing(ClusterRow::revenueYi).reversed())
            .limit(TOP)
            .toList();
    return new Dashboard(
        y,
        years(scope),
        bulletin.map(b -> b.edition().code()).orElse(null),
        headline,
        tiers,
        cities,
        designations,
        top,
        withFigures);
  }

  /** The clusters behind the bulletin figure {@code key} of {@code year}. */
  public FigureRecords figure(int year, String key, Scope scope, Locale locale) {
    Snapshot snapshot = snapshot();
    Bulletin bulletin =
        bulletin(year, scope, snapshot, locale)
            .orElseThrow(() -> new RuleViolation("explore.figure-unpublished", year));
    Figure figure = bulletin.figures().get(key);
    if (figure == null) {
      throw new RuleViolation("bulletin-figure.unknown", key);
    }
    String filter = FIGURE_FILTERS.getOrDefault(key, "designation=provincial");
    ClusterFilter f = filterOf(filter, year);
    List<ClusterRow> rows =
        rows(year, scope, locale).stream().filter(f::matches).sorted(f.order()).toList();
    BigDecimal sum =
        rows.stream()
            .map(ClusterRow::revenueYi)
            .filter(v -> v != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new FigureRecords(
        year, key, figure.exact(), figure.unit(), bulletin.edition().code(), filter, rows, sum);
  }

  /** The directory filter listing the clusters behind each bulletin figure. */
  private static final Map<String, String> FIGURE_FILTERS =
      Map.of(
          "clusters_revenue_over_100bn", "designation=provincial&tier=over_100bn",
          "clusters_revenue_over_50bn", "designation=provincial&tier=over_50bn",
          "clusters_revenue_over_10bn", "designation=provincial&tier=over_10bn",
          "provincial_advanced_manufacturing_clusters",
              "designation=provincial_advanced_manufacturing",
          "national_sme_characteristic_clusters", "designation=national_sme_characteristic",
          "national_advanced_manufacturing_clusters",
              "designation=national_advanced_manufacturing");

  /** The directory filter of a figure's query string ({@code designation=…&tier=…}). */
  private static ClusterFilter filterOf(String query, int year) {
    String designation = null;
    String tier = null;
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals("designation")) {
        designation = kv[1];
      } else if (kv[0].equals("tier")) {
        tier = kv[1];
      }
    }
    return new ClusterFilter(
        null, null, null, designation, tier, year, "revenue", "desc", 1, ClusterFilter.MAX_SIZE);
  }

  /**
   * The year's bulletin as the reader may see it, for the bulletin page and the pages' footer: the
   * current one for the province and viewers, the published one for everyone else, none before
   * publication.
   */
  public Optional<Bulletin> bulletin(int year, Scope scope, Locale locale) {
    return bulletin(year, scope, snapshot(), locale);
  }

  /**
   * The year's bulletin as the reader may see it: the current one for the province and viewers, the
   * published one for everyone else, none before publication.
   */
  private Optional<Bulletin> bulletin(int year, Scope scope, Snapshot snapshot, Locale locale) {
    if (scope.seesUnpublishedClusterFigures()) {
      try {
        return Optional.of(
            cache.get(
                List.of("bulletin", year, "current", snapshot.dataVersion(), locale),
                () -> bulletins.current(year, locale)));
      } catch (RuleViolation noClusters) {
        return Optional.empty();
      }
    }
    Long version = snapshot.publications().get(year);
    if (version == null) {
      return Optional.empty();
    }
    return Optional.of(
        cache.get(
            List.of("bulletin", year, "published", version, locale),
            () -> bulletins.asPublished(year, locale)));
  }

  // ---- rows and what the scope sees ------------------------------------------------------------

  /** Every cluster of the register in {@code year}, as the reader may see it, in id order. */
  List<ClusterRow> rows(int year, Scope scope, Locale locale) {
    Snapshot snapshot = snapshot();
    // the public's and the viewers' rows are the same for every one of them: keep them
    if (scope.kind() == Scope.Kind.PUBLIC
        || scope.kind() == Scope.Kind.VIEWER
        || scope.kind() == Scope.Kind.PROVINCE) {
      return cache.get(
          List.of("rows", year, scope.kind(), snapshot, locale),
          () -> computeRows(year, scope, snapshot, locale));
    }
    return computeRows(year, scope, snapshot, locale);
  }

  private List<ClusterRow> computeRows(int year, Scope scope, Snapshot snapshot, Locale locale) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    List<ClusterRow> rows = new ArrayList<>();
    for (Cluster cluster : clusters(snapshot)) {
      boolean onRecord =
          cluster.designations().stream()
              .anyMatch(
                  d ->
                      !d.grantedOn().isAfter(yearEnd)
                          && (d.revokedOn() == null || d.revokedOn().getYear() >= year));
      if (onRecord) {
        rows.add(row(cluster, year, snapshot, scope, locale));
      }
    }
    return rows;
  }

  private ClusterRow row(Cluster cluster, int year, Snapshot snapshot, Scope scope, Locale locale) {
    ReportingPeriod period = ReportingPeriod.annual(year);
    Basis basis;
    Aggregate figures = null;
    if (coversCluster(cluster, scope)) {
      ClusterFigures f = figures(period, snapshot.dataVersion(), snapshot).get(cluster.id());
      basis = f == null ? Basis.NO_DATA : Basis.CURRENT;
      figures = f == null ? null : f.figures();
      if (figures != null
          && scope.kind() == Scope.Kind.VIEWER
          && figures.enterprises() < Scope.MINIMUM_ENTERPRISES) {
        basis = Basis.SUPPRESSED;
      }
    } else if (!snapshot.published(year)) {
      basis = Basis.UNPUBLISHED;
    } else {
      ClusterFigures f =
          figures(period, snapshot.publications().get(year), snapshot).get(cluster.id());
      basis = f == null ? Basis.NO_DATA : Basis.PUBLISHED;
      figures = f == null ? null : f.figures();
      if (figures != null && figures.enterprises() < Scope.MINIMUM_ENTERPRISES) {
        basis = Basis.SUPPRESSED;
      }
    }
    boolean shown = basis.showsFigures();
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    List<String> held =
        cluster.designations().stream()
            .filter(d -> d.heldOn(yearEnd))
            .map(d -> d.kind().code())
            .distinct()
            .toList();
    return new ClusterRow(
        cluster.id().value(),
        cluster.name(),
        cluster.shortName(),
        cluster.hosts().stream().map(h -> new ClusterRow.Host(h.code(), hostName(h))).toList(),
        cityCodes(cluster),
        cluster.leadingIndustry(),
        industryName(cluster.leadingIndustry(), locale),
        cluster.chain(),
        chainName(cluster.chain(), locale),
        held,
        year,
        basis,
        shown ? figures.tier().code() : null,
        shown ? yi(figures.revenue().wan()) : null,
        shown ? figures.revenueGrowthPct().map(PublishedRounding::oneDecimal).orElse(null) : null,
        shown ? yi(figures.profit().wan()) : null,
        shown ? figures.profitGrowthPct().map(PublishedRounding::oneDecimal).orElse(null) : null,
        shown ? figures.enterprises() : null);
  }

  private static SeriesPoint point(String period, Aggregate a, Basis basis, boolean suppress) {
    if (suppress && a.enterprises() < Scope.MINIMUM_ENTERPRISES) {
      return new SeriesPoint(period, Basis.SUPPRESSED, null, null, null, null, null);
    }
    return new SeriesPoint(
        period,
        basis,
        yi(a.revenue().wan()),
        a.revenueGrowthPct().map(PublishedRounding::oneDecimal).orElse(null),
        yi(a.profit().wan()),
        a.profitGrowthPct().map(PublishedRounding::oneDecimal).orElse(null),
        a.enterprises());
  }

  /**
   * Whether the scope sees the cluster's current figures: the province and viewers see every
   * cluster's; an officer the clusters hosted wholly within the region; an organisation its own.
   */
  private boolean coversCluster(Cluster cluster, Scope scope) {
    return switch (scope.kind()) {
      case PROVINCE, VIEWER -> true;
      case REGION -> hostRegions(cluster).stream().allMatch(scope::coversRegion);
      case CLUSTER -> scope.clusterId() == cluster.id().value();
      case PUBLIC -> false;
    };
  }

  /** Whether the scope covers every member enterprise's records (viewers see none). */
  private boolean coversAllMembers(Cluster cluster, Scope scope) {
    return scope.kind() != Scope.Kind.VIEWER && coversCluster(cluster, scope);
  }

  private Map<ClusterId, ClusterFigures> figures(
      ReportingPeriod period, long version, Snapshot snapshot) {
    return cache.get(
        List.of("figures", period, version, snapshot.register()),
        () -> indicators.byCluster(period, version));
  }

  // ---- register and names --------------------------------------------------------------------

  /**
   * What the answers depend on besides their arguments (data version, register, publications): a
   * key under which an answer may be kept. Read at most once per {@code atlas.explore.snapshot-ttl}
   * (1 s): a change shows within that time, and the busiest pages need no query to be served.
   */
  public Object snapshotKey() {
    return snapshot();
  }

  private Snapshot snapshot() {
    long now = System.nanoTime();
    Snapshot last = lastSnapshot;
    if (last != null && snapshotTtlNanos > 0 && now - lastSnapshotAt < snapshotTtlNanos) {
      return last;
    }
    Snapshot read = readSnapshot();
    lastSnapshot = read;
    lastSnapshotAt = now;
    return read;
  }

  private Snapshot readSnapshot() {
    // one statement over the tables whose changes change the answers: reports (by version), the
    // register, new memberships and the publications; the register has no event to listen to.
    // Not seen: a membership ended in place (valid_to set) or a frame changed without a new data
    // version; neither happens outside the demo load today
    return jdbc.sql(
            "select (select coalesce(max(id), 0) from data_version),"
                + " (select count(*) || ':' || coalesce(max(id), 0) from cluster) || '/' ||"
                + " (select count(*) || ':' || coalesce(max(id), 0) || ':' || count(revoked_on)"
                + " from designation) || '/' || (select count(*) from cluster_host) || '/' ||"
                + " (select coalesce(max(id), 0) from membership),"
                + " (select string_agg(year || '=' || data_version, ',') from"
                + " bulletin_publication)")
        .query(
            (rs, n) -> {
              Map<Integer, Long> publications = new HashMap<>();
              String list = rs.getString(3);
              if (list != null) {
                for (String pair : list.split(",")) {
                  String[] kv = pair.split("=");
                  publications.put(Integer.parseInt(kv[0]), Long.parseLong(kv[1]));
                }
              }
              return new Snapshot(rs.getLong(1), rs.getString(2), publications);
            })
        .single();
  }

  private List<Cluster> clusters(Snapshot snapshot) {
    return cache.get(List.of("register", snapshot.register()), register::all);
  }

  private Cluster cluster(Snapshot snapshot, long id) {
    return clusters(snapshot).stream()
        .filter(c -> c.id().value() == id)
        .findFirst()
        .orElseThrow(() -> new RuleViolation("cluster.unknown", id));
  }

  /** The region each host lies in: the county or city, or a zone's parent region. */
  private List<String> hostRegions(Cluster cluster) {
    return cluster.hosts().stream().map(this::hostRegion).toList();
  }

  private String hostRegion(ClusterHost host) {
    if (host.region() != null) {
      return host.region().value();
    }
    return zone(host.zone()).map(z -> z.parent().value()).orElse(host.zone());
  }

  private boolean hostWithin(String hostCode, RegionCode region) {
    String code = hostCode.startsWith("DZ") ? hostRegion(ClusterHost.parse(hostCode)) : hostCode;
    return code.matches("\\d{6}") && new RegionCode(code).isWithin(region);
  }

  private List<String> cityCodes(Cluster cluster) {
    List<String> cities = new ArrayList<>();
    for (String region : hostRegions(cluster)) {
      if (region.startsWith("36") && !region.endsWith("0000")) {
        String city = region.substring(0, 4) + "00";
        if (!cities.contains(city)) {
          cities.add(city);
        }
      }
    }
    return cities;
  }

  private String hostName(ClusterHost host) {
    if (host.region() != null) {
      return cache.get(
          List.of("region-name", host.region().value()),
          () -> regions.region(host.region()).map(Region::name).orElse(host.region().value()));
    }
    return zone(host.zone()).map(DevelopmentZone::name).orElse(host.zone());
  }

  private Optional<DevelopmentZone> zone(String code) {
    return cache.get(List.of("zone", code), () -> regions.zone(code));
  }

  private String industryName(String code, Locale locale) {
    if (code == null) {
      return null;
    }
    return cache.get(
        List.of("industry", code, english(locale)),
        () ->
            industries
                .division(new IndustryCode(code))
                .map(d -> english(locale) ? d.nameEn() : d.nameZh())
                .orElse(code));
  }

  private String chainName(String code, Locale locale) {
    if (code == null) {
      return null;
    }
    return cache.get(
        List.of("chain", code, english(locale)),
        () ->
            industries
                .chain(code)
                .map(c -> english(locale) ? c.nameEn() : c.nameZh())
                .orElse(code));
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  private static BigDecimal yi(BigDecimal wan) {
    return PublishedRounding.oneDecimal(wan.movePointLeft(4));
  }
}
