package org.clusteratlas.explore;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.clusteratlas.bulletin.Bulletin;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.explore.Charts.Chart;
import org.clusteratlas.explore.Charts.Point;
import org.clusteratlas.explore.Charts.Series;
import org.clusteratlas.industry.IndustryCatalogue;
import org.clusteratlas.region.Region;
import org.clusteratlas.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reader's pages: the dashboard ({@code /}), the directory ({@code /clusters}), a cluster's
 * profile and members, a region, the comparison, the bulletin and the records behind each of its
 * figures. Every figure comes from {@link Explorer}, for the reader's {@link Scope}, exactly as the
 * API under {@code /api/v1} answers it; this class only arranges it, names it from the message
 * bundles and hands the charts their data. Refusals become error pages in the reader's language
 * ({@link ExplorePagesAdvice}).
 */
@Controller
class ExplorePages {

  /** The dashboard's revenue bands, the top tier first, as {@link Dashboard#tiers} keys them. */
  static final List<String> TIER_BANDS =
      List.of("over_100bn", "50bn_100bn", "10bn_50bn", "below", "hidden");

  /** The directory's tier filter: cumulative, as the bulletin counts. */
  static final List<String> FILTER_TIERS = List.of("over_100bn", "over_50bn", "over_10bn", "below");

  private static final Map<String, String> BAND_FILTERS =
      Map.of("over_100bn", "over_100bn", "below", "below");

  private final Explorer explorer;
  private final IndustryCatalogue industries;
  private final MessageSource messages;
  private final Charts charts;

  ExplorePages(
      Explorer explorer, IndustryCatalogue industries, MessageSource messages, Charts charts) {
    this.explorer = explorer;
    this.industries = industries;
    this.messages = messages;
    this.charts = charts;
  }

  /** What every page's layout needs: the number format and the language switch of this address. */
  @ModelAttribute
  void layout(Model model, Locale locale, HttpServletRequest request) {
    model.addAttribute("fmt", new PageFormat(locale));
    model.addAttribute("lang", locale.getLanguage());
    model.addAttribute("langZh", withLanguage(request, "zh"));
    model.addAttribute("langEn", withLanguage(request, "en"));
  }

  /** The address of this request in another language: the same path and query, {@code lang} set. */
  static String withLanguage(HttpServletRequest request, String language) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("lang", language)
        .build()
        .toUriString();
  }

  // ---- dashboard -----------------------------------------------------------------------------

  @GetMapping("/")
  String dashboard(
      @RequestParam(required = false) Integer year, Scope scope, Locale locale, Model model) {
    Dashboard d = explorer.dashboard(year, scope, locale);
    Optional<Bulletin> bulletin = explorer.bulletin(d.year(), scope, locale);
    edition(model, d.year(), bulletin);
    model.addAttribute("editionCode", d.bulletinEdition());
    String y = String.valueOf(d.year());
    model.addAttribute("d", d);
    model.addAttribute("bulletin", bulletin.orElse(null));
    model.addAttribute("years", d.years().isEmpty() ? List.of(d.year()) : d.years());

    List<Card> cards = new ArrayList<>();
    Map<String, String> units = new LinkedHashMap<>();
    bulletin.ifPresent(b -> b.figures().forEach((k, f) -> units.put(k, f.unit())));
    d.headline()
        .forEach(
            (key, exact) -> {
              String unit = units.getOrDefault(key, PageFormat.isCount(key) ? "clusters" : "%");
              cards.add(
                  new Card(
                      key,
                      exact,
                      text("unit." + unit, locale),
                      "/bulletin/" + y + "/figures/" + key));
            });
    model.addAttribute("cards", cards);

    String lang = locale.getLanguage();
    String png = text("chart.png", locale);
    String yi = text("unit.亿元", locale);
    List<String> bands = new ArrayList<>();
    List<BigDecimal> bandCounts = new ArrayList<>();
    List<String> bandHrefs = new ArrayList<>();
    for (String band : TIER_BANDS) {
      bands.add(text("tier." + band, locale));
      bandCounts.add(BigDecimal.valueOf(d.tiers().getOrDefault(band, 0)));
      String filter = BAND_FILTERS.get(band);
      bandHrefs.add(
          filter == null
              ? null
              : "/clusters?designation=provincial&tier=" + filter + "&year=" + y + "&lang=" + lang);
    }
    Chart tiers =
        charts.bar(
            "chart-tiers",
            "pyramid",
            text("dashboard.tiers", locale),
            text("unit.clusters", locale),
            png,
            bands,
            List.of(new Series(text("dashboard.tiers.series", locale), bandCounts)),
            true,
            bandHrefs,
            download("/api/v1/downloads/dashboard/tiers", y, lang));

    List<Charts.Region> regions = new ArrayList<>();
    for (Dashboard.CityFigure c : d.cities()) {
      regions.add(
          new Charts.Region(
              c.code(),
              text("dashboard.map.city", locale, c.name(), String.valueOf(c.clusters())),
              c.revenueYi(),
              "/regions/" + c.code() + "?year=" + y + "&lang=" + lang));
    }
    Chart map =
        charts.map(
            "chart-map",
            text("dashboard.map", locale),
            text("dashboard.map.series", locale),
            yi,
            png,
            regions,
            download("/api/v1/downloads/dashboard/cities", y, lang));

    List<Point> points = new ArrayList<>();
    for (ClusterRow r : d.scatter()) {
      if (r.revenueYi() != null && r.revenueGrowthPct() != null) {
        points.add(
            new Point(
                r.name(),
                r.revenueYi(),
                r.revenueGrowthPct(),
                "/clusters/" + r.id() + "?year=" + y + "&lang=" + lang));
      }
    }
    Chart scatter =
        charts.scatter(
            "chart-scatter",
            text("dashboard.scatter", locale),
            text("col.revenue-yi", locale),
            text("col.revenue-growth-pct", locale),
            png,
            points,
            download("/api/v1/downloads/dashboard/scatter", y, lang));

    List<String> kinds = new ArrayList<>();
    List<BigDecimal> held = new ArrayList<>();
    List<String> kindHrefs = new ArrayList<>();
    for (DesignationKind kind : DesignationKind.values()) {
      kinds.add(text("designation." + kind.code(), locale));
      held.add(BigDecimal.valueOf(d.designations().getOrDefault(kind.code(), 0)));
      kindHrefs.add("/clusters?designation=" + kind.code() + "&year=" + y + "&lang=" + lang);
    }
    Chart designations =
        charts.bar(
            "chart-designations",
            "bar",
            text("dashboard.designations", locale),
            text("unit.clusters", locale),
            png,
            kinds,
            List.of(new Series(text("col.clusters", locale), held)),
            true,
            kindHrefs,
            download("/api/v1/downloads/dashboard/designations", y, lang));

    Chart top =
        charts.bar(
            "chart-top",
            "bar",
            text("dashboard.top", locale),
            yi,
            png,
            d.top().stream().map(ClusterRow::name).toList(),
            List.of(
                new Series(
                    text("col.revenue-yi", locale),
                    d.top().stream().map(ClusterRow::revenueYi).toList())),
            true,
            d.top().stream()
                .map(r -> "/clusters/" + r.id() + "?year=" + y + "&lang=" + lang)
                .toList(),
            download("/api/v1/downloads/dashboard/top", y, lang));
    model.addAttribute("tiersChart", tiers);
    model.addAttribute("mapChart", map);
    model.addAttribute("scatterChart", scatter);
    model.addAttribute("designationsChart", designations);
    model.addAttribute("topChart", top);
    model.addAttribute("tierBands", TIER_BANDS);
    model.addAttribute("designationKinds", designationCodes());
    return "dashboard";
  }

  /** A headline figure's card: its exact value, its unit in words and the records behind it. */
  record Card(String key, BigDecimal exact, String unit, String href) {}

  // ---- directory -----------------------------------------------------------------------------

  @GetMapping("/clusters")
  String directory(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) String chain,
      @RequestParam(required = false) String designation,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "" + ClusterFilter.DEFAULT_SIZE) int size,
      Scope scope,
      Locale locale,
      Model model) {
    ClusterFilter asked =
        new ClusterFilter(q, city, chain, designation, tier, year, sort, dir, page, size);
    int y = year != null ? year : explorer.defaultYear(scope);
    ClusterFilter filter = asked.withYear(y);
    ResultPage<ClusterRow> result = explorer.clusters(filter, scope, locale);
    edition(model, y, explorer.bulletin(y, scope, locale));
    String lang = locale.getLanguage();

    Map<String, String> sortHrefs = new LinkedHashMap<>();
    for (String column :
        List.of("name", "revenue", "revenue_growth", "profit", "profit_growth", "enterprises")) {
      String direction =
          column.equals(filter.sort())
              ? (filter.dir().equals("asc") ? "desc" : "asc")
              : (column.equals("name") ? "asc" : "desc");
      sortHrefs.put(column, directoryHref(filter, column, direction, 1, lang));
    }
    model.addAttribute("filter", filter);
    model.addAttribute("result", result);
    model.addAttribute("sortHrefs", sortHrefs);
    model.addAttribute(
        "previousHref",
        result.hasPrevious()
            ? directoryHref(filter, filter.sort(), filter.dir(), result.page() - 1, lang)
            : null);
    model.addAttribute(
        "nextHref",
        result.hasNext()
            ? directoryHref(filter, filter.sort(), filter.dir(), result.page() + 1, lang)
            : null);
    String downloads =
        filterQuery(
                UriComponentsBuilder.fromPath("/api/v1/downloads/clusters"),
                filter,
                filter.sort(),
                filter.dir())
            .queryParam("lang", lang)
            .encode()
            .build()
            .toUriString();
    model.addAttribute("downloadCsv", downloads + "&format=csv");
    model.addAttribute("downloadXlsx", downloads + "&format=xlsx");
    model.addAttribute("cities", explorer.cities());
    model.addAttribute("chains", keyChains(locale));
    model.addAttribute("designationKinds", designationCodes());
    model.addAttribute("filterTiers", FILTER_TIERS);
    model.addAttribute("years", years(scope, y));
    model.addAttribute("maxCompared", Explorer.MAX_COMPARED);
    return "clusters";
  }

  private static String directoryHref(
      ClusterFilter f, String sort, String dir, int page, String lang) {
    UriComponentsBuilder b = filterQuery(UriComponentsBuilder.fromPath("/clusters"), f, sort, dir);
    if (page > 1) {
      b.queryParam("page", page);
    }
    if (f.size() != ClusterFilter.DEFAULT_SIZE) {
      b.queryParam("size", f.size());
    }
    return b.queryParam("lang", lang).encode().build().toUriString();
  }

  private static UriComponentsBuilder filterQuery(
      UriComponentsBuilder b, ClusterFilter f, String sort, String dir) {
    add(b, "q", f.q());
    add(b, "city", f.city());
    add(b, "chain", f.chain());
    add(b, "designation", f.designation());
    add(b, "tier", f.tier());
    add(b, "year", f.year());
    b.queryParam("sort", sort);
    b.queryParam("dir", dir);
    return b;
  }

  private static void add(UriComponentsBuilder b, String name, Object value) {
    if (value != null) {
      b.queryParam(name, value);
    }
  }

  /** The 12 key chains (a cluster's chain is one of them), with their names in the language. */
  private List<Option> keyChains(Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return industries.chains().stream()
        .filter(c -> "key_chain".equals(c.kind()))
        .map(c -> new Option(c.code(), english ? c.nameEn() : c.nameZh()))
        .toList();
  }

  /** A choice in a menu: the value sent and the words shown. */
  record Option(String value, String label) {}

  private static List<String> designationCodes() {
    return Arrays.stream(DesignationKind.values()).map(DesignationKind::code).toList();
  }

  private List<Integer> years(Scope scope, int shown) {
    List<Integer> years = new ArrayList<>(explorer.years(scope));
    if (!years.contains(shown)) {
      years.add(shown);
    }
    years.sort(Integer::compareTo);
    return years;
  }

  // ---- one cluster ---------------------------------------------------------------------------

  @GetMapping("/clusters/{id}")
  String profile(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Scope scope,
      Locale locale,
      Model model) {
    ClusterProfile profile = explorer.profile(id, year, scope, locale);
    int y = profile.row().year();
    edition(model, y, explorer.bulletin(y, scope, locale));
    String lang = locale.getLanguage();
    String png = text("chart.png", locale);
    String yi = text("unit.亿元", locale);
    String base = "/api/v1/downloads/clusters/" + id;
    model.addAttribute("p", profile);
    model.addAttribute("row", profile.row());
    model.addAttribute("years", years(scope, y));
    if (!profile.annual().isEmpty()) {
      model.addAttribute(
          "annualChart",
          charts.line(
              "chart-annual",
              text("profile.annual.chart", locale),
              yi,
              png,
              periods(profile.annual()),
              List.of(
                  series(
                      text("col.revenue-yi", locale),
                      profile.annual(),
                      ClusterProfile.SeriesPoint::revenueYi),
                  series(
                      text("col.profit-yi", locale),
                      profile.annual(),
                      ClusterProfile.SeriesPoint::profitYi)),
              download(base + "/annual", String.valueOf(y), lang)));
      model.addAttribute(
          "growthChart",
          charts.line(
              "chart-growth",
              text("profile.growth.chart", locale),
              "%",
              png,
              periods(profile.annual()),
              List.of(
                  series(
                      text("col.revenue-growth-pct", locale),
                      profile.annual(),
                      ClusterProfile.SeriesPoint::revenueGrowthPct),
                  series(
                      text("col.profit-growth-pct", locale),
                      profile.annual(),
                      ClusterProfile.SeriesPoint::profitGrowthPct)),
              download(base + "/annual", String.valueOf(y), lang)));
    }
    if (!profile.monthly().isEmpty()) {
      model.addAttribute(
          "monthlyChart",
          charts.line(
              "chart-monthly",
              text("profile.monthly", locale, String.valueOf(y)),
              yi,
              png,
              periods(profile.monthly()),
              List.of(
                  series(
                      text("col.revenue-yi", locale),
                      profile.monthly(),
                      ClusterProfile.SeriesPoint::revenueYi),
                  series(
                      text("col.profit-yi", locale),
                      profile.monthly(),
                      ClusterProfile.SeriesPoint::profitYi)),
              download(base + "/monthly", String.valueOf(y), lang)));
    }
    model.addAttribute("annualDownload", download(base + "/annual", String.valueOf(y), lang));
    model.addAttribute("monthlyDownload", download(base + "/monthly", String.valueOf(y), lang));
    model.addAttribute("membersDownload", download(base + "/members", String.valueOf(y), lang));
    return "profile";
  }

  private static List<String> periods(List<ClusterProfile.SeriesPoint> points) {
    return points.stream().map(ClusterProfile.SeriesPoint::period).toList();
  }

  private static Series series(
      String name,
      List<ClusterProfile.SeriesPoint> points,
      Function<ClusterProfile.SeriesPoint, BigDecimal> value) {
    List<BigDecimal> values = new ArrayList<>();
    points.forEach(p -> values.add(value.apply(p)));
    return new Series(name, values);
  }

  @GetMapping("/clusters/{id}/members")
  String members(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      Scope scope,
      Locale locale,
      Model model) {
    MemberTable table = explorer.members(id, year, scope);
    edition(model, table.year(), explorer.bulletin(table.year(), scope, locale));
    model.addAttribute("t", table);
    model.addAttribute(
        "membersDownload",
        download(
            "/api/v1/downloads/clusters/" + id + "/members",
            String.valueOf(table.year()),
            locale.getLanguage()));
    return "members";
  }

  // ---- region --------------------------------------------------------------------------------

  @GetMapping("/regions/{code}")
  String region(
      @PathVariable String code,
      @RequestParam(required = false) Integer year,
      Scope scope,
      Locale locale,
      Model model) {
    RegionProfile region = explorer.region(code, year, scope, locale);
    int y = region.year();
    edition(model, y, explorer.bulletin(y, scope, locale));
    String lang = locale.getLanguage();
    String base = "/api/v1/downloads/regions/" + code;
    model.addAttribute("r", region);
    model.addAttribute("years", years(scope, y));
    model.addAttribute("clustersDownload", download(base + "/clusters", String.valueOf(y), lang));
    Optional<Region> parent =
        explorer.cities().stream()
            .filter(c -> c.code().value().equals(region.parentCode()))
            .findFirst();
    model.addAttribute("parent", parent.orElse(null));
    if (region.industryRevenueYi() != null && !region.weights().isEmpty()) {
      model.addAttribute(
          "weightsChart",
          charts.bar(
              "chart-weights",
              "bar",
              text("region.weights", locale),
              "%",
              text("chart.png", locale),
              region.weights().stream().map(RegionProfile.Weight::clusterName).toList(),
              List.of(
                  new Series(
                      text("col.share-of-region-pct", locale),
                      region.weights().stream().map(RegionProfile.Weight::sharePct).toList())),
              true,
              region.weights().stream()
                  .map(w -> "/clusters/" + w.clusterId() + "?year=" + y + "&lang=" + lang)
                  .toList(),
              download(base + "/weights", String.valueOf(y), lang)));
    }
    return "region";
  }

  // ---- comparison ----------------------------------------------------------------------------

  @GetMapping("/compare")
  String compare(
      @RequestParam(required = false) List<Long> ids,
      @RequestParam(required = false) Integer year,
      Scope scope,
      Locale locale,
      Model model) {
    int y = year != null ? year : explorer.defaultYear(scope);
    edition(model, y, explorer.bulletin(y, scope, locale));
    String lang = locale.getLanguage();
    List<Long> chosen = ids == null ? List.of() : ids.stream().distinct().toList();
    List<ClusterRow> rows =
        chosen.isEmpty() ? List.of() : explorer.compare(chosen, y, scope, locale);
    model.addAttribute("rows", rows);
    model.addAttribute("year", y);
    model.addAttribute("years", years(scope, y));
    model.addAttribute("maxCompared", Explorer.MAX_COMPARED);
    model.addAttribute(
        "all",
        explorer.allClusters(
            new ClusterFilter(
                null, null, null, null, null, y, "name", "asc", 1, ClusterFilter.MAX_SIZE),
            scope,
            locale));
    Map<Long, String> removeHrefs = new LinkedHashMap<>();
    for (ClusterRow r : rows) {
      removeHrefs.put(
          r.id(),
          compareHref(
              rows.stream().map(ClusterRow::id).filter(i -> i != r.id()).toList(), y, lang));
    }
    model.addAttribute("removeHrefs", removeHrefs);
    if (!rows.isEmpty()) {
      String idList = String.join(",", rows.stream().map(r -> String.valueOf(r.id())).toList());
      String download = "/api/v1/downloads/compare?ids=" + idList + "&year=" + y + "&lang=" + lang;
      model.addAttribute("compareDownload", download);
      model.addAttribute(
          "compareChart",
          charts.bar(
              "chart-compare",
              "bar",
              text("compare.chart", locale),
              text("unit.亿元", locale),
              text("chart.png", locale),
              rows.stream().map(r -> r.shortName() != null ? r.shortName() : r.name()).toList(),
              List.of(
                  new Series(
                      text("col.revenue-yi", locale),
                      rows.stream().map(ClusterRow::revenueYi).toList()),
                  new Series(
                      text("col.profit-yi", locale),
                      rows.stream().map(ClusterRow::profitYi).toList())),
              false,
              rows.stream()
                  .map(r -> "/clusters/" + r.id() + "?year=" + y + "&lang=" + lang)
                  .toList(),
              download));
    }
    return "compare";
  }

  private static String compareHref(List<Long> ids, int year, String lang) {
    String list = String.join(",", ids.stream().map(String::valueOf).toList());
    return "/compare?"
        + (list.isEmpty() ? "" : "ids=" + list + "&")
        + "year="
        + year
        + "&lang="
        + lang;
  }

  // ---- bulletin ------------------------------------------------------------------------------

  /** The bulletin of the year asked for, else of the dashboard's year (the newest visible). */
  @GetMapping("/bulletin")
  String bulletinOfYear(@RequestParam(required = false) Integer year, Scope scope) {
    return "redirect:/bulletin/" + (year != null ? year : explorer.defaultYear(scope));
  }

  @GetMapping("/bulletin/{year}")
  String bulletin(@PathVariable int year, Scope scope, Locale locale, Model model) {
    Optional<Bulletin> bulletin = explorer.bulletin(year, scope, locale);
    edition(model, year, bulletin);
    model.addAttribute("year", year);
    model.addAttribute("bulletin", bulletin.orElse(null));
    model.addAttribute("years", years(scope, year));
    return "bulletin";
  }

  @GetMapping("/bulletin/{year}/figures/{key}")
  String figure(
      @PathVariable int year, @PathVariable String key, Scope scope, Locale locale, Model model) {
    FigureRecords records = explorer.figure(year, key, scope, locale);
    edition(model, year, explorer.bulletin(year, scope, locale));
    String lang = locale.getLanguage();
    model.addAttribute("f", records);
    model.addAttribute("figureLabel", text("figure." + key, locale));
    model.addAttribute(
        "directoryHref",
        "/clusters?" + records.filter() + "&year=" + year + "&size=" + ClusterFilter.MAX_SIZE);
    model.addAttribute(
        "figureDownload",
        "/api/v1/downloads/bulletins/" + year + "/figures/" + key + "?lang=" + lang);
    return "figure";
  }

  // ---- shared --------------------------------------------------------------------------------

  /**
   * The footer's and the edition note's facts: which edition of the year's figures the reader sees
   * (as published, as revised) with its data version and date, or that the year is not published.
   */
  private static void edition(Model model, int year, Optional<Bulletin> bulletin) {
    model.addAttribute("pageYear", String.valueOf(year));
    model.addAttribute("edition", bulletin.map(Bulletin::editionLabel).orElse(null));
    model.addAttribute("editionCode", bulletin.map(b -> b.edition().code()).orElse(null));
    model.addAttribute("asOf", bulletin.map(b -> b.asOf().toString()).orElse(null));
    model.addAttribute("demo", bulletin.map(Bulletin::demo).orElse(false));
  }

  private static String download(String path, String year, String lang) {
    return path + "?year=" + year + "&lang=" + lang;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
