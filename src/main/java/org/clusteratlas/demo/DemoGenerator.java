package org.clusteratlas.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.Designation;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.Membership;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;

/**
 * Builds the demo province from a seed: the same seed always gives the same province.
 *
 * <p>Random draws are dimensionless factors (weights, growth rates, margins, seasonal shares),
 * turned into {@link BigDecimal} before they touch an amount; every amount is a BigDecimal in 万元
 * rounded to 0.01. Calibration rescales amounts in closed form (see {@link #calibrate}).
 */
final class DemoGenerator {

  /** Date the province's 2024 clean-up revoked 18 provincial designations. */
  static final LocalDate EXIT_DATE = LocalDate.of(2024, 6, 28);

  private static final BigDecimal FLOOR_WAN = BigDecimal.valueOf(2000); // 规上 threshold, 2000万元
  private static final BigDecimal YI = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext MC = MathContext.DECIMAL64;

  /** Mean annual growth of the province's industry by year (dimensionless). */
  private static final Map<Integer, Double> MEAN_GROWTH =
      Map.of(2020, 0.03, 2021, 0.16, 2022, 0.08, 2023, 0.05, 2024, 0.065, 2025, 0.09);

  /** Typical monthly shares of a year's revenue, in percent (Spring Festival in Jan–Feb). */
  private static final double[] MONTH_SHARE = {
    5.8, 5.6, 8.6, 8.3, 8.5, 8.9, 8.2, 8.3, 8.7, 8.4, 9.3, 11.4
  };

  /** The 14 provincial advanced manufacturing clusters, covering the six areas of '1269'. */
  private static final List<String> PROVINCIAL_ADVANCED =
      List.of(
          "南昌高新区光电及通信产业集群",
          "南昌经开区光电产业集群",
          "井开区通讯终端设备产业集群",
          "九江经开区电子电路产业集群",
          "贵溪铜及铜加工产业集群",
          "鹰潭高新区铜合金材料产业集群",
          "上饶经开区光伏产业集群",
          "宜春经开区锂电新能源产业集群",
          "新余高新区锂电新能源产业集群",
          "赣县稀土金属新材料及应用产业集群",
          "龙南稀土新材料产业集群",
          "大余钨及有色金属产业集群",
          "南昌航空产业集群",
          "九江石化产业集群");

  private static final int NON_MEMBER_FIRMS = 4_900;

  private final SplittableRandom rng;
  private final DemoGeography geography;
  private final DemoCalibration calibration;
  private final DemoNames names = new DemoNames();
  private final List<DemoFirm> firms = new ArrayList<>();
  private final List<GeneratedMembership> memberships = new ArrayList<>();

  /** A membership before credit codes are final: firm index, cluster index, dates. */
  private record GeneratedMembership(int firm, int cluster, LocalDate from, LocalDate to) {}

  DemoGenerator(long seed, DemoGeography geography, DemoCalibration calibration) {
    this.rng = new SplittableRandom(seed);
    this.geography = geography;
    this.calibration = calibration;
  }

  DemoProvince generate() {
    List<ClusterSpec> specs = new ArrayList<>(ClusterSpec.current());
    int currentCount = specs.size();
    specs.addAll(ClusterSpec.exitedIn2024());
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      byName.put(specs.get(i).name(), i);
    }
    BigDecimal[] target = targets(specs, currentCount);

    // Clusters that left in 2024 first: half their firms moved to the cluster they merged into,
    // and that revenue is part of the receiving cluster's target.
    BigDecimal[] mergedIn = new BigDecimal[specs.size()];
    java.util.Arrays.fill(mergedIn, BigDecimal.ZERO);
    for (int c = currentCount; c < specs.size(); c++) {
      ClusterSpec spec = specs.get(c);
      List<DemoFirm> own = clusterFirms(c, spec, target[c], -2);
      Integer into = spec.mergedInto() == null ? null : byName.get(spec.mergedInto());
      for (DemoFirm f : own) {
        memberships.add(new GeneratedMembership(f.index, c, LocalDate.of(2016, 1, 1), EXIT_DATE));
        if (into != null && f.lastYear == DemoFirm.LAST_YEAR && rng.nextBoolean()) {
          memberships.add(new GeneratedMembership(f.index, into, EXIT_DATE.plusDays(1), null));
          mergedIn[into] = mergedIn[into].add(f.revenue(2025));
        }
      }
    }
    for (int c = 0; c < currentCount; c++) {
      ClusterSpec spec = specs.get(c);
      if (spec.nationalAdvanced()) {
        continue;
      }
      BigDecimal own = target[c].multiply(YI).subtract(mergedIn[c]);
      for (DemoFirm f : clusterFirms(c, spec, own.divide(YI, MC), c)) {
        LocalDate from = LocalDate.of(Math.min(2019, f.firstYear), 1, 1);
        LocalDate to = null;
        if (f.lastYear < DemoFirm.LAST_YEAR && rng.nextBoolean()) {
          to = LocalDate.of(f.lastYear + 1, 3, 31); // closed or moved away after leaving the frame
        } else if (f.lastYear == DemoFirm.LAST_YEAR
            && f.firstYear <= 2020
            && rng.nextInt(100) == 0) {
          to = LocalDate.of(2025, 6, 30); // left the cluster, still in the frame
        }
        memberships.add(new GeneratedMembership(f.index, c, from, to));
      }
    }
    nonMemberFirms();
    secondMemberships(specs, currentCount, target);
    Map<Integer, List<Designation>> designations = designations(specs, currentCount, target);
    nationalMemberships(specs, currentCount, designations);

    calibrate(designations);
    seasons();
    return province(specs, designations);
  }

  // --- cluster sizes ----------------------------------------------------------------------

  /** 2025 revenue targets in 亿元: the CSV's where given, drawn for the others. */
  private BigDecimal[] targets(List<ClusterSpec> specs, int currentCount) {
    BigDecimal[] target = new BigDecimal[specs.size()];
    BigDecimal given = BigDecimal.ZERO;
    List<Integer> drawn = new ArrayList<>();
    for (int c = 0; c < specs.size(); c++) {
      ClusterSpec s = specs.get(c);
      if (s.exited()) {
        target[c] = BigDecimal.valueOf(25 + rng.nextInt(21));
      } else if (s.nationalAdvanced()) {
        target[c] = BigDecimal.ZERO;
      } else if (s.revenue2025Yi() != null) {
        target[c] = s.revenue2025Yi();
        given = given.add(target[c]);
      } else {
        drawn.add(c);
      }
    }
    // the sum of single clusters exceeds the union by the firms in two clusters (about 1.5%)
    BigDecimal singles =
        calibration.clusterRevenueWan().divide(YI, MC).multiply(new BigDecimal("1.015"));
    double rest = singles.subtract(given).doubleValue();
    double[] weight = new double[drawn.size()];
    for (int i = 0; i < weight.length; i++) {
      weight[i] = Math.exp(0.45 * rng.nextGaussian());
    }
    // scale to the rest, keeping each inside the 百亿 band with a margin from both thresholds
    for (int round = 0; round < 30; round++) {
      double sum = 0;
      for (double w : weight) {
        sum += w;
      }
      for (int i = 0; i < weight.length; i++) {
        weight[i] = Math.max(118, Math.min(465, weight[i] * rest / sum));
      }
    }
    for (int i = 0; i < weight.length; i++) {
      target[drawn.get(i)] = BigDecimal.valueOf(Math.round(weight[i]));
    }
    return target;
  }

  /** Generates a cluster's firms: those in the 2025 frame, and those that left it earlier. */
  private List<DemoFirm> clusterFirms(int cluster, ClusterSpec spec, BigDecimal targetYi, int tag) {
    double t = targetYi.doubleValue();
    int n = Math.max(15, (int) Math.round(4.0 * Math.pow(t, 0.6)));
    BigDecimal total = targetYi.multiply(YI);
    while (n > 15 && total.compareTo(FLOOR_WAN.multiply(BigDecimal.valueOf(2L * n))) < 0) {
      n--;
    }
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      weight[i] = Math.exp(1.1 * rng.nextGaussian());
    }
    if (t >= 500) {
      int lead = 0;
      for (int i = 1; i < n; i++) {
        lead = weight[i] > weight[lead] ? i : lead;
      }
      weight[lead] *= 3 + rng.nextInt(5); // the chain-leading firm (链主)
    }
    double sum = java.util.Arrays.stream(weight).sum();
    BigDecimal spread = total.subtract(FLOOR_WAN.multiply(BigDecimal.valueOf(n)));
    List<DemoFirm> own = new ArrayList<>();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> weight[i]));
    for (int rank = 0; rank < n; rank++) {
      int i = order[rank];
      BigDecimal share = BigDecimal.valueOf(weight[i] / sum);
      BigDecimal r2025 = FLOOR_WAN.add(spread.multiply(share, MC));
      // the smaller firms are the ones that entered the frame recently
      boolean entrant = rank < 0.6 * n && rng.nextInt(2) == 0;
      int firstYear = entrant ? 2021 + rng.nextInt(5) : 2020;
      DemoFirm f = newFirm(tag, spec.industry(), place(spec), r2025, firstYear, DemoFirm.LAST_YEAR);
      f.primaryCluster = tag;
      own.add(f);
    }
    // firms that left the frame in each year, 2020–2024; those of 2024 weigh most
    for (int last = 2020; last <= 2024; last++) {
      int leaving = Math.max(1, (int) Math.round(n * 0.05));
      double shareOfCluster = last == 2024 ? 0.038 : 0.03;
      double grownSince = 1;
      for (int y = last + 1; y <= 2025; y++) {
        grownSince *= 1 + MEAN_GROWTH.get(y);
      }
      BigDecimal leavingTotal = total.multiply(BigDecimal.valueOf(shareOfCluster / grownSince), MC);
      double[] w = new double[leaving];
      for (int i = 0; i < leaving; i++) {
        w[i] = Math.exp(0.9 * rng.nextGaussian());
      }
      double ws = java.util.Arrays.stream(w).sum();
      for (int i = 0; i < leaving; i++) {
        BigDecimal r = leavingTotal.multiply(BigDecimal.valueOf(w[i] / ws), MC).max(FLOOR_WAN);
        DemoFirm f = newFirm(tag, spec.industry(), place(spec), r, 2020, last);
        f.primaryCluster = tag;
        own.add(f);
      }
    }
    return own;
  }

  /** Firms outside every cluster: mining, utilities and manufacturing across all counties. */
  private void nonMemberFirms() {
    List<RegionCode> counties = geography.counties();
    for (int i = 0; i < NON_MEMBER_FIRMS; i++) {
      RegionCode county = counties.get(rng.nextInt(counties.size()));
      int roll = rng.nextInt(100);
      int division =
          roll < 7 ? 6 + rng.nextInt(7) : roll < 13 ? 44 + rng.nextInt(3) : 13 + rng.nextInt(31);
      String industry = (division < 10 ? "0" : "") + division;
      BigDecimal r = FLOOR_WAN.add(BigDecimal.valueOf(9000 * Math.exp(1.2 * rng.nextGaussian())));
      boolean entrant = rng.nextInt(10) < 3;
      int last = rng.nextInt(100) < 22 ? 2020 + rng.nextInt(5) : DemoFirm.LAST_YEAR;
      int first = entrant ? Math.min(last, 2021 + rng.nextInt(5)) : 2020;
      newFirm(-1, industry, geography.placeName(county), county, r, first, last);
    }
  }

  private DemoFirm newFirm(
      int tag, String industry, Place place, BigDecimal anchor, int first, int last) {
    RegionCode county = place.county(rng);
    return newFirm(tag, industry, geography.placeName(county), county, anchor, first, last);
  }

  /**
   * One firm, its revenue at its anchor year ({@code last}) given; earlier years follow backwards
   * from random growth rates, faster around a recent entry into the frame.
   */
  private DemoFirm newFirm(
      int tag,
      String industry,
      String place,
      RegionCode county,
      BigDecimal anchor,
      int first,
      int last) {
    DemoFirm f = new DemoFirm(firms.size());
    firms.add(f);
    f.primaryCluster = tag;
    f.region = county;
    f.industry =
        new IndustryCode(rng.nextInt(10) < 8 || tag < 0 ? industry : relatedIndustry(industry));
    f.name = names.name(rng, place, f.industry.value());
    f.code = names.creditCode(rng, county.value());
    f.firstYear = first;
    f.lastYear = last;
    boolean member = tag >= 0 || tag == -2;
    f.specialised = rng.nextInt(100) < (member ? 10 : 4);
    f.littleGiant = f.specialised && rng.nextInt(100) < 12;
    f.highTech = rng.nextInt(100) < (member ? 30 : 15);
    f.setRevenue(last, anchor);
    for (int y = last; y > DemoFirm.FIRST_YEAR; y--) {
      double g = MEAN_GROWTH.get(y) + 0.09 * rng.nextGaussian();
      if (y <= first && first > 2020) {
        g += 0.2 + 0.5 * rng.nextDouble();
      }
      g = Math.max(-0.35, Math.min(0.9, g));
      f.setRevenue(y - 1, f.revenue(y).divide(BigDecimal.valueOf(1 + g), MC));
    }
    for (int y = last + 1; y <= DemoFirm.LAST_YEAR; y++) {
      f.setRevenue(y, f.revenue(y - 1).multiply(BigDecimal.valueOf(0.6 + 0.3 * rng.nextDouble())));
    }
    f.outputRatio =
        BigDecimal.valueOf(0.95 + 0.13 * rng.nextDouble()).setScale(4, RoundingMode.HALF_UP);
    f.exportShare =
        rng.nextInt(10) < 6
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(0.05 + 0.55 * rng.nextDouble()).setScale(4, RoundingMode.HALF_UP);
    f.rdIntensity =
        BigDecimal.valueOf(0.002 + 0.035 * rng.nextDouble()).setScale(4, RoundingMode.HALF_UP);
    f.revenuePerEmployee = BigDecimal.valueOf(120 + rng.nextInt(260));
    return f;
  }

  private String relatedIndustry(String industry) {
    int d = Integer.parseInt(industry) + (rng.nextBoolean() ? 1 : -1);
    d = Math.max(13, Math.min(43, d));
    return String.valueOf(d);
  }

  private Place place(ClusterSpec spec) {
    return geography.place(spec.hosts().get(0));
  }

  // --- memberships --------------------------------------------------------------------------

  /** Some small firms also belong to a second cluster of their city (about 1.5% of its revenue). */
  private void secondMemberships(List<ClusterSpec> specs, int currentCount, BigDecimal[] target) {
    Map<String, List<DemoFirm>> byCity =
        firms.stream()
            .filter(f -> f.primaryCluster >= 0 && f.lastYear == DemoFirm.LAST_YEAR)
            .collect(Collectors.groupingBy(f -> f.region.value().substring(0, 4)));
    for (int c = 0; c < currentCount; c++) {
      ClusterSpec spec = specs.get(c);
      if (spec.nationalAdvanced()) {
        continue;
      }
      String city = geography.place(spec.hosts().get(0)).city();
      List<DemoFirm> candidates = new ArrayList<>(byCity.getOrDefault(city, List.of()));
      BigDecimal cap = target[c].multiply(YI).multiply(new BigDecimal("0.015"));
      BigDecimal added = BigDecimal.ZERO;
      for (int tries = 0; tries < 40 && !candidates.isEmpty(); tries++) {
        DemoFirm f = candidates.get(rng.nextInt(candidates.size()));
        if (f.primaryCluster == c || added.add(f.revenue(2025)).compareTo(cap) > 0) {
          continue;
        }
        added = added.add(f.revenue(2025));
        memberships.add(
            new GeneratedMembership(
                f.index, c, LocalDate.of(Math.min(2019, f.firstYear), 1, 1), null));
        candidates.remove(f);
      }
    }
  }

  /** National advanced manufacturing clusters gather the firms of their area's clusters. */
  private void nationalMemberships(
      List<ClusterSpec> specs, int currentCount, Map<Integer, List<Designation>> designations) {
    for (int n = 0; n < currentCount; n++) {
      ClusterSpec national = specs.get(n);
      if (!national.nationalAdvanced()) {
        continue;
      }
      Set<String> cities =
          national.hosts().stream()
              .filter(h -> h.startsWith("36"))
              .map(h -> h.substring(0, 4))
              .collect(Collectors.toSet());
      LocalDate granted = designations.get(n).get(0).grantedOn();
      for (int c = 0; c < currentCount; c++) {
        ClusterSpec s = specs.get(c);
        if (c == n || s.nationalAdvanced() || !national.advancedArea().equals(s.advancedArea())) {
          continue;
        }
        if (!cities.contains(geography.place(s.hosts().get(0)).city())) {
          continue;
        }
        for (DemoFirm f : firms) {
          if (f.primaryCluster == c && f.lastYear == DemoFirm.LAST_YEAR) {
            memberships.add(new GeneratedMembership(f.index, n, granted, null));
          }
        }
      }
    }
  }

  // --- designations -------------------------------------------------------------------------

  private Map<Integer, List<Designation>> designations(
      List<ClusterSpec> specs, int currentCount, BigDecimal[] target) {
    Map<Integer, List<Designation>> result = new LinkedHashMap<>();
    for (int c = 0; c < specs.size(); c++) {
      result.put(c, new ArrayList<>());
    }
    // provincial batches: the largest clusters were recognised first
    List<Integer> provincial = new ArrayList<>();
    for (int c = 0; c < currentCount; c++) {
      if (!specs.get(c).nationalAdvanced()) {
        provincial.add(c);
      }
    }
    provincial.sort(Comparator.comparing((Integer c) -> target[c]).reversed());
    int[][] batches = {
      {2014, 12, 26, 36},
      {2016, 12, 20, 30},
      {2018, 11, 30, 24},
      {2020, 12, 18, 16},
      {2022, 12, 16, 99}
    };
    int next = 0;
    for (int[] b : batches) {
      LocalDate on = LocalDate.of(b[0], b[1], b[2]);
      for (int i = 0; i < b[3] && next < provincial.size(); i++, next++) {
        int c = provincial.get(next);
        if (b[0] >= 2018) {
          String city = geography.cityName(geography.place(specs.get(c).hosts().get(0)).city());
          result
              .get(c)
              .add(
                  Designation.granted(
                      DesignationKind.MUNICIPAL,
                      on.minusYears(2),
                      city + "工信字〔" + (b[0] - 2) + "〕" + (11 + i) + "号"));
        }
        result
            .get(c)
            .add(
                Designation.granted(
                    DesignationKind.PROVINCIAL, on, "赣工信产业字〔" + b[0] + "〕" + (101 + b[3]) + "号"));
      }
    }
    for (int c = currentCount; c < specs.size(); c++) {
      LocalDate on = c % 2 == 0 ? LocalDate.of(2014, 12, 26) : LocalDate.of(2016, 12, 20);
      result
          .get(c)
          .add(
              new Designation(
                  DesignationKind.PROVINCIAL,
                  on,
                  "赣工信产业字〔" + on.getYear() + "〕" + (on.getYear() == 2014 ? 137 : 131) + "号",
                  EXIT_DATE,
                  "赣工信产业字〔2024〕58号",
                  specs.get(c).exitReason()));
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int c = 0; c < specs.size(); c++) {
      byName.put(specs.get(c).name(), c);
    }
    for (int i = 0; i < PROVINCIAL_ADVANCED.size(); i++) {
      Integer c = byName.get(PROVINCIAL_ADVANCED.get(i));
      if (c == null) {
        throw new IllegalStateException("demo clusters.csv lacks " + PROVINCIAL_ADVANCED.get(i));
      }
      LocalDate on = i < 8 ? LocalDate.of(2023, 12, 15) : LocalDate.of(2024, 12, 13);
      result
          .get(c)
          .add(
              Designation.granted(
                  DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING,
                  on,
                  "赣工信产业字〔" + on.getYear() + "〕" + (i < 8 ? 95 : 88) + "号"));
    }
    LocalDate[] smeBatches = {
      LocalDate.of(2022, 10, 28),
      LocalDate.of(2023, 11, 2),
      LocalDate.of(2024, 11, 15),
      LocalDate.of(2025, 10, 31)
    };
    int sme = 0;
    for (int c = 0; c < currentCount; c++) {
      if (specs.get(c).hints().contains("national_sme")) {
        int batch = sme < 5 ? 0 : sme < 10 ? 1 : sme < 13 ? 2 : 3;
        LocalDate on = smeBatches[batch];
        result
            .get(c)
            .add(
                Designation.granted(
                    DesignationKind.NATIONAL_SME_CHARACTERISTIC,
                    on,
                    "工信部企业函〔" + on.getYear() + "〕" + (201 + batch) + "号"));
        sme++;
      }
    }
    int national = 0;
    for (int c = 0; c < currentCount; c++) {
      if (specs.get(c).nationalAdvanced()) {
        LocalDate on = national == 0 ? LocalDate.of(2022, 11, 20) : LocalDate.of(2024, 12, 20);
        result
            .get(c)
            .add(
                Designation.granted(
                    DesignationKind.NATIONAL_ADVANCED_MANUFACTURING,
                    on,
                    "工信部规划函〔" + on.getYear() + "〕" + (31 + national) + "号"));
        national++;
      }
    }
    return result;
  }

  // --- calibration --------------------------------------------------------------------------

  /**
   * Rescales amounts so the 2025 figures land on {@link DemoCalibration}:
   *
   * <ol>
   *   <li>2025 revenue of the clusters' union U (members on 2025-12-31 of clusters then provincial,
   *       in the 2025 frame) × f, so Σ U = the revenue target;
   *   <li>2025 revenue of the rest of the frame × h, so U / frame = the share target;
   *   <li>every firm's revenue of 2019–2024 × k, so Σ U 2025 / Σ U 2024 − 1 = the growth target
   *       (one factor for all years keeps every earlier year's growth as drawn; steps 2 and 3 touch
   *       different years, so their order does not matter);
   *   <li>profits from revenue and each firm's margin, then the same two steps for profit.
   * </ol>
   */
  private void calibrate(Map<Integer, List<Designation>> designations) {
    LocalDate end = LocalDate.of(2025, 12, 31);
    Set<Integer> provincial =
        designations.entrySet().stream()
            .filter(
                e ->
                    e.getValue().stream()
                        .anyMatch(d -> d.kind() == DesignationKind.PROVINCIAL && d.heldOn(end)))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    boolean[] union = new boolean[firms.size()];
    for (GeneratedMembership m : memberships) {
      boolean valid = !m.from().isAfter(end) && (m.to() == null || !m.to().isBefore(end));
      if (valid && provincial.contains(m.cluster()) && firms.get(m.firm()).inFrame(2025)) {
        union[m.firm()] = true;
      }
    }
    List<DemoFirm> inUnion = firms.stream().filter(f -> union[f.index]).toList();
    List<DemoFirm> restOfFrame =
        firms.stream().filter(f -> !union[f.index] && f.inFrame(2025)).toList();

    levelAndGrowth(
        Series.REVENUE, inUnion, calibration.clusterRevenueWan(), calibration.revenueGrowthPct());
    BigDecimal share = calibration.sharePct().divide(HUNDRED, MC);
    BigDecimal restTarget =
        calibration
            .clusterRevenueWan()
            .multiply(BigDecimal.ONE.subtract(share), MC)
            .divide(share, MC);
    scale(
        restOfFrame,
        Series.REVENUE,
        2025,
        2025,
        restTarget.divide(sum(restOfFrame, Series.REVENUE, 2025), MC));

    for (DemoFirm f : firms) {
      double margin = Math.max(-0.15, Math.min(0.25, 0.046 + 0.03 * rng.nextGaussian()));
      for (int y = DemoFirm.FIRST_YEAR; y <= DemoFirm.LAST_YEAR; y++) {
        double m = margin + 0.012 * rng.nextGaussian();
        f.setProfit(y, f.revenue(y).multiply(BigDecimal.valueOf(m), MC));
      }
    }
    levelAndGrowth(
        Series.PROFIT, inUnion, calibration.clusterProfitWan(), calibration.profitGrowthPct());
  }

  /** The two amounts calibration rescales. */
  private enum Series {
    REVENUE {
      @Override
      BigDecimal get(DemoFirm f, int year) {
        return f.revenue(year);
      }

      @Override
      void set(DemoFirm f, int year, BigDecimal wan) {
        f.setRevenue(year, wan);
      }
    },
    PROFIT {
      @Override
      BigDecimal get(DemoFirm f, int year) {
        return f.profit(year);
      }

      @Override
      void set(DemoFirm f, int year, BigDecimal wan) {
        f.setProfit(year, wan);
      }
    };

    abstract BigDecimal get(DemoFirm f, int year);

    abstract void set(DemoFirm f, int year, BigDecimal wan);
  }

  /**
   * The union's 2025 amounts × f so that they sum to {@code level}; then every firm's 2019–2024
   * amounts × k so that the union's comparable growth is {@code growthPct} (one factor for all
   * earlier years keeps their growth as drawn).
   */
  private void levelAndGrowth(
      Series series, List<DemoFirm> union, BigDecimal level, BigDecimal growthPct) {
    scale(union, series, 2025, 2025, level.divide(sum(union, series, 2025), MC));
    BigDecimal growth = BigDecimal.ONE.add(growthPct.divide(HUNDRED, MC));
    BigDecimal k = sum(union, series, 2025).divide(growth, MC).divide(sum(union, series, 2024), MC);
    scale(firms, series, DemoFirm.FIRST_YEAR, 2024, k);
  }

  private static BigDecimal sum(List<DemoFirm> firms, Series series, int year) {
    BigDecimal s = BigDecimal.ZERO;
    for (DemoFirm f : firms) {
      s = s.add(series.get(f, year));
    }
    return s;
  }

  private static void scale(
      List<DemoFirm> firms, Series series, int fromYear, int toYear, BigDecimal factor) {
    for (DemoFirm f : firms) {
      for (int y = fromYear; y <= toYear; y++) {
        series.set(f, y, series.get(f, y).multiply(factor, MC));
      }
    }
  }

  /** Each firm's year-to-date shares by month: the typical pattern with ±12% noise per month. */
  private void seasons() {
    for (DemoFirm f : firms) {
      for (int[] year : f.season) {
        double[] share = new double[12];
        double total = 0;
        for (int m = 0; m < 12; m++) {
          share[m] = MONTH_SHARE[m] * (1 + 0.12 * (2 * rng.nextDouble() - 1));
          total += share[m];
        }
        double cumulative = 0;
        for (int m = 0; m < 12; m++) {
          cumulative += share[m];
          year[m] = m == 11 ? 1_000_000 : (int) Math.round(1_000_000 * cumulative / total);
        }
      }
    }
  }

  // --- output -------------------------------------------------------------------------------

  private DemoProvince province(
      List<ClusterSpec> specs, Map<Integer, List<Designation>> designations) {
    List<Cluster> clusters = new ArrayList<>();
    for (int c = 0; c < specs.size(); c++) {
      ClusterSpec s = specs.get(c);
      clusters.add(
          new Cluster(
              new ClusterId(c + 1),
              s.name(),
              s.hosts().stream().map(ClusterHost::parse).toList(),
              s.industry(),
              s.chain(),
              s.advancedArea(),
              true,
              designations.get(c)));
    }
    List<Enterprise> enterprises =
        firms.stream()
            .map(
                f ->
                    new Enterprise(
                        f.code,
                        f.name,
                        f.region,
                        f.industry,
                        f.specialised,
                        f.littleGiant,
                        f.highTech,
                        true))
            .toList();
    Map<Integer, List<org.clusteratlas.enterprise.CreditCode>> frames = new LinkedHashMap<>();
    for (int y = DemoFirm.FIRST_REPORTED_YEAR; y <= DemoFirm.LAST_YEAR; y++) {
      int year = y;
      frames.put(y, firms.stream().filter(f -> f.inFrame(year)).map(f -> f.code).toList());
    }
    List<Membership> members =
        memberships.stream()
            .map(
                m ->
                    new Membership(
                        new ClusterId(m.cluster() + 1), firms.get(m.firm()).code, m.from(), m.to()))
            .toList();
    return new DemoProvince(clusters, enterprises, frames, members, List.copyOf(firms));
  }
}
