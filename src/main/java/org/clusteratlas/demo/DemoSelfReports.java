package org.clusteratlas.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.Membership;
import org.clusteratlas.selfreport.FiledReport;
import org.clusteratlas.selfreport.Finding;
import org.clusteratlas.selfreport.SelfReportCatalogue;
import org.clusteratlas.selfreport.SelfReports;
import org.clusteratlas.shared.Actor;

/**
 * The demo province's annual self-reports for 2024 and 2025, generated from the seed: one per
 * cluster holding the provincial designation at the year's end, but for a few left missing, a few
 * submitted late, most accepted by the province a couple of weeks after submission and the latest
 * few still awaiting review.
 *
 * <p>Each cluster has a latent quality, a blend of its size (revenue rank in 2025) and chance, and
 * its rank in the cohort puts it in a band calibrated on the province's 2020 evaluation (DOMAIN.md
 * §5: of 100 clusters 5 优秀, 29 良好, 66 合格), with the last few clusters in a weak band meant to end
 * up 不合格 (no service platform nor promotion organisation, an accident, the report late), so that
 * dynamic management has something to propose. A band's quality sets where each field lies between
 * the bounds its scheme leaf is normalised on, with some noise; three fields come from the members'
 * records instead (export share, R&amp;D intensity, firms over 1 billion yuan of revenue), and
 * counts scale with the cluster's members. 2024's reports are 2025's a little lower, with some
 * clusters changing band, so that stars vary; a finding of the checks against last year's accepted
 * report is explained as a cluster would.
 */
final class DemoSelfReports {

  static final int FIRST_YEAR = 2024;
  static final int LAST_YEAR = 2025;

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal BILLION_WAN = BigDecimal.valueOf(100_000);

  /** Shares of the cohort in each band, best first (DOMAIN.md §5, and a few weak ones). */
  static final double EXCELLENT = 0.05;

  static final double GOOD = 0.29;
  static final int WEAK = 4;

  /** Clusters left without a report, and late, each year. */
  static final int MISSING = 3;

  static final int LATE = 5;

  /** Reports of 2025 submitted last, still awaiting the province's review. */
  static final int AWAITING_REVIEW = 6;

  private static final List<String> EXPLANATIONS =
      List.of(
          "当年新引进龙头企业项目集中落地，相关指标较上年明显变化",
          "园区扩区后新纳入一批企业，统计范围扩大",
          "上年部分项目完工投产，本年新开工项目减少",
          "省级专项资金支持力度调整，本年投入口径变化",
          "集群推进数字化改造专项行动，参与企业大幅增加",
          "主要客户订单结构调整，相关企业数量变化较大");

  private final Random rng;
  private final DemoProvince province;
  private final Function<Cluster, String> regionOf;

  DemoSelfReports(long seed, DemoProvince province, Function<Cluster, String> regionOf) {
    // a stream of its own, so the rest of the demo province stays as it was
    this.rng = new Random(seed ^ 0x5E1F_2E90_77L);
    this.province = province;
    this.regionOf = regionOf;
  }

  /** What a cluster's members add up to in a year. */
  private record Members(
      int count, BigDecimal revenue, BigDecimal export, BigDecimal rd, int over1bn) {}

  List<FiledReport> generate() {
    Map<ClusterId, Map<Integer, Members>> members = members();
    List<Cluster> cohort25 = cohort(LAST_YEAR);
    // latent quality: size rank (0 smallest … 1 largest) and chance
    List<Cluster> bySize =
        cohort25.stream()
            .sorted(Comparator.comparing((Cluster c) -> members(members, c, LAST_YEAR).revenue()))
            .toList();
    Map<ClusterId, Double> latent = new HashMap<>();
    for (int i = 0; i < bySize.size(); i++) {
      double size = bySize.size() == 1 ? 1 : (double) i / (bySize.size() - 1);
      latent.put(bySize.get(i).id(), 0.55 * size + 0.45 * rng.nextDouble());
    }
    Map<ClusterId, Double> latent24 = new HashMap<>();
    for (Cluster c : cohort(FIRST_YEAR)) {
      Double z = latent.get(c.id());
      latent24.put(c.id(), z == null ? rng.nextDouble() : z + 0.12 * rng.nextGaussian());
    }
    List<FiledReport> reports = new ArrayList<>();
    Map<ClusterId, Map<String, BigDecimal>> accepted24 = new HashMap<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      List<Cluster> cohort = cohort(year);
      Map<ClusterId, Double> z = year == LAST_YEAR ? latent : latent24;
      List<Cluster> ranked =
          cohort.stream()
              .sorted(
                  Comparator.comparing((Cluster c) -> -z.get(c.id()))
                      .thenComparing(c -> c.id().value()))
              .toList();
      // who is missing and who is late: drawn among the clusters that are not weak
      List<Cluster> drawable = new ArrayList<>(ranked.subList(0, ranked.size() - WEAK));
      List<Cluster> missing = draw(drawable, MISSING);
      List<Cluster> late = draw(drawable, LATE);
      List<FiledReport> thisYear = new ArrayList<>();
      for (int rank = 0; rank < ranked.size(); rank++) {
        Cluster c = ranked.get(rank);
        if (missing.contains(c)) {
          continue;
        }
        double p = (double) rank / ranked.size();
        boolean weak = rank >= ranked.size() - WEAK;
        double q =
            weak
                ? 0.03 * rng.nextDouble()
                : p < EXCELLENT
                    ? 0.92 + 0.08 * rng.nextDouble()
                    : p < EXCELLENT + GOOD
                        ? 0.42 + 0.15 * rng.nextDouble()
                        : 0.06 + 0.24 * rng.nextDouble();
        Members m = members(members, c, year);
        Map<String, BigDecimal> values = values(q, weak, m);
        Map<String, BigDecimal> lastYear =
            year == LAST_YEAR ? accepted24.getOrDefault(c.id(), Map.of()) : Map.of();
        Map<String, String> explanations = new HashMap<>();
        for (Finding f : SelfReports.findings(values, lastYear)) {
          explanations.put(f.field(), EXPLANATIONS.get(rng.nextInt(EXPLANATIONS.size())));
        }
        LocalDate due = dueOn(c, year);
        boolean isLate = weak || late.contains(c);
        LocalDate submittedOn =
            isLate ? due.plusDays(3 + rng.nextInt(25)) : due.minusDays(1 + rng.nextInt(40));
        Instant submitted = at(submittedOn, 9 + rng.nextInt(8));
        Instant acceptedAt = at(submittedOn.plusDays(5 + rng.nextInt(15)), 15);
        thisYear.add(
            new FiledReport(
                c.id(),
                year,
                values,
                explanations,
                new Actor("演示集群促进机构", Actor.Role.CLUSTER_ORG, regionOf.apply(c)),
                submitted,
                acceptedAt,
                true));
      }
      // the last few submitted of 2025 still await the province's review
      if (year == LAST_YEAR) {
        thisYear.sort(Comparator.comparing(FiledReport::submittedAt));
        for (int i = Math.max(0, thisYear.size() - AWAITING_REVIEW); i < thisYear.size(); i++) {
          FiledReport r = thisYear.get(i);
          thisYear.set(
              i,
              new FiledReport(
                  r.cluster(),
                  r.year(),
                  r.values(),
                  r.explanations(),
                  r.submittedBy(),
                  r.submittedAt(),
                  null,
                  true));
        }
      } else {
        thisYear.forEach(r -> accepted24.put(r.cluster(), r.values()));
      }
      reports.addAll(thisYear);
    }
    return reports;
  }

  /**
   * A report's values at quality {@code q} (0–1): where each field lies between the bounds of its
   * scheme leaf, give or take; a weak cluster has no service platform, no working promotion
   * organisation and an accident.
   */
  private Map<String, BigDecimal> values(double q, boolean weak, Members m) {
    Map<String, BigDecimal> v = new LinkedHashMap<>();
    int scale = Math.max(1, m.count());
    // 项目支撑
    v.put("new_projects_over_100m", count(20 * f(q)));
    v.put("project_investment", amount(100 * f(q)));
    v.put("signed_projects", count(30 * f(q)));
    v.put("external_capital", amount(50 * f(q)));
    // 创新能力
    int platforms =
        q > 0.85
            ? 10 + rng.nextInt(6)
            : q > 0.45 ? 5 + rng.nextInt(5) : q > 0.1 ? 1 + rng.nextInt(4) : 0;
    v.put("rd_platforms", count(platforms));
    v.put(
        "new_platforms",
        count(
            Math.min(platforms, q > 0.85 ? 3 + rng.nextInt(2) : q > 0.4 ? 1 + rng.nextInt(2) : 0)));
    v.put("rd_intensity", share(m.rd(), m.revenue()));
    v.put("invention_patents", count(scale * (0.5 + 4 * f(q))));
    // 市场体系
    v.put("leading_firms", count(m.over1bn()));
    v.put("export_share", share(m.export(), m.revenue()));
    v.put("brands", count(20 * f(q)));
    // 公共服务
    int service =
        weak
            ? 0
            : q > 0.85 ? 5 + rng.nextInt(3) : q > 0.45 ? 3 + rng.nextInt(2) : 1 + rng.nextInt(2);
    v.put("service_platforms", count(service));
    v.put("firms_served", count(service == 0 ? 0 : Math.min(scale * 1.5, 500 * f(q) + 10)));
    v.put("promotion_organisation", count(weak ? rng.nextInt(2) : q > 0.3 ? 2 : 1));
    v.put("trainees", count(2000 * f(q)));
    // 智慧集群
    double digital = f(q);
    v.put("digitalised_share", percent(80 * digital));
    v.put("industrial_internet_platforms", count(q > 0.7 ? 2 + rng.nextInt(2) : q > 0.35 ? 1 : 0));
    v.put("smart_factories", count(20 * f(q)));
    v.put("cloud_firms", count(Math.max(1, Math.min(scale, 200 * digital))));
    // 绿色集约
    v.put("green_factories", count(10 * f(q)));
    v.put("energy_intensity_decline", percent(weak ? -1 - rng.nextDouble() : 5 * f(q)));
    v.put("revenue_per_mu", amount(200 + 800 * f(q)));
    v.put("major_accidents", count(weak ? 1 : 0));
    // 政策服务
    v.put(
        "dedicated_policies",
        count(q > 0.6 ? 3 + rng.nextInt(2) : q > 0.15 ? 1 + rng.nextInt(2) : 0));
    v.put("fiscal_support", amount(5000 * f(q)));
    // facts for the eligibility checks
    v.put("area_km2", amount(15 + 10 * Math.sqrt(scale) * (0.6 + 0.8 * rng.nextDouble())));
    v.put(
        "single_champions", count(m.over1bn() > 2 && rng.nextInt(3) == 0 ? 1 + rng.nextInt(2) : 0));
    if (!v.keySet()
        .containsAll(SelfReportCatalogue.typedFields().stream().map(x -> x.code()).toList())) {
      throw new IllegalStateException("the demo's self-report misses a field of the catalogue");
    }
    return v;
  }

  /** A fraction of a leaf's range at quality {@code q}: q give or take, 0 to 1.1. */
  private double f(double q) {
    return Math.max(0, Math.min(1.1, q + 0.08 * rng.nextGaussian()));
  }

  private static BigDecimal count(double value) {
    return BigDecimal.valueOf(Math.max(0, Math.round(value)));
  }

  private static BigDecimal amount(double value) {
    return BigDecimal.valueOf(Math.max(0, value)).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(double value) {
    return BigDecimal.valueOf(Math.max(-100, Math.min(100, value)))
        .setScale(1, RoundingMode.HALF_UP);
  }

  /** part / whole in per cent, one decimal; 0 when the whole is 0. */
  private static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO
        : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }

  private List<Cluster> draw(List<Cluster> from, int n) {
    List<Cluster> drawn = new ArrayList<>();
    for (int i = 0; i < n && !from.isEmpty(); i++) {
      drawn.add(from.remove(rng.nextInt(from.size())));
    }
    return drawn;
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(BEIJING).toInstant();
  }

  /**
   * The due date as the platform's defaults set it: 30 April for a national SME characteristic
   * cluster without an advanced manufacturing designation, else 31 March.
   */
  private static LocalDate dueOn(Cluster c, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    boolean sme = c.holds(DesignationKind.NATIONAL_SME_CHARACTERISTIC, end);
    boolean advanced =
        c.holds(DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING, end)
            || c.holds(DesignationKind.NATIONAL_ADVANCED_MANUFACTURING, end);
    return LocalDate.of(year + 1, sme && !advanced ? 4 : 3, sme && !advanced ? 30 : 31);
  }

  private List<Cluster> cohort(int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return province.clusters().stream()
        .filter(c -> c.holds(DesignationKind.PROVINCIAL, end))
        .sorted(Comparator.comparing(c -> c.id().value()))
        .toList();
  }

  private static Members members(Map<ClusterId, Map<Integer, Members>> all, Cluster c, int year) {
    return all.getOrDefault(c.id(), Map.of())
        .getOrDefault(year, new Members(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0));
  }

  /** Each cluster's members in the frame on the last day of 2024 and 2025, added up. */
  private Map<ClusterId, Map<Integer, Members>> members() {
    Map<CreditCode, DemoFirm> firms = new HashMap<>();
    province.firms().forEach(f -> firms.put(f.code, f));
    Map<ClusterId, Map<Integer, Members>> sums = new HashMap<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      LocalDate end = LocalDate.of(year, 12, 31);
      for (Membership m : province.memberships()) {
        DemoFirm f = firms.get(m.enterprise());
        if (f == null || !m.validOn(end) || !f.inFrame(year)) {
          continue;
        }
        BigDecimal revenue = f.revenue(year);
        Members before =
            sums.computeIfAbsent(m.cluster(), k -> new HashMap<>())
                .getOrDefault(
                    year, new Members(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        sums.get(m.cluster())
            .put(
                year,
                new Members(
                    before.count() + 1,
                    before.revenue().add(revenue),
                    before.export().add(revenue.multiply(f.exportShare)),
                    before.rd().add(revenue.multiply(f.rdIntensity)),
                    before.over1bn() + (revenue.compareTo(BILLION_WAN) > 0 ? 1 : 0)));
      }
    }
    return sums;
  }
}
