package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.indicator.Aggregate;
import org.clusteratlas.indicator.ClusterComposition;
import org.clusteratlas.selfreport.SubmittedReport;
import org.clusteratlas.shared.Money;
import org.clusteratlas.shared.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * A hand-worked scoring of three clusters under the shipped default scheme ({@code
 * evaluation/scheme-2021.json}, version 2021.1), on a fixed cohort of those three alone, built from
 * records in the test (no database). Every number below is worked out in its comment.
 *
 * <p>Sources: the first-level weights (规模效益 15 … 政策服务 10), the grade names and the star rules are
 * DOMAIN.md §5; every leaf's weight, source, normalisation, bounds and missing score, and the
 * cut-offs 85 / 75 / 60, are the scheme file's (this project's reconstruction, as its note says).
 * The eleven statistic leaves weigh 24 points; the 26 self-report leaves, 76 points, score their
 * missing score of 60 each for a cluster without a self-report that counts: 76 × 60 / 100 = 45.6
 * points. The first tests score the three without self-reports; the last ones give A and B the
 * self-reports written out before them (values made up for the test, every bound the scheme's) and
 * work their 26 self-report leaves by hand.
 *
 * <pre>
 * 2025, 万元     A (千亿级)             B                      C (new, loss-making)
 * revenue       14,049,280             4,764,064              1,000,000
 *  comparable   11,000,000/10,000,000  4,500,000/3,600,000    950,000/1,000,000
 * 2022 revenue  10,000,000             4,000,000              (none of its members reported)
 *  (of the members reporting both years; their 2025 revenue is all of it for A and B)
 * profit        702,464                285,843.84             −30,000
 *  comparable   672,000/600,000        250,000/200,000        −30,000/−10,000
 * members       200                    120                    40
 *  专精特新/小巨人/高新  20 / 4 / 60           24 / 6 / 48            2 / 0 / 4
 *  4 largest    4 × 1,756,160          4 × 357,304.80         4 × 225,000
 *  the others   196 × 35,840           115 × 28,748.66 + 28,748.90   35 × 2,777.78 + 2,777.70
 * </pre>
 */
class EvaluationGoldenTest {

  private static final Scheme SCHEME = SchemeJson.shippedDefault();
  private static final ClusterId A = new ClusterId(1);
  private static final ClusterId B = new ClusterId(2);
  private static final ClusterId C = new ClusterId(3);

  private static Aggregate year(
      String revenue,
      String comparable,
      String comparableLastYear,
      String profit,
      String profitComparable,
      String profitLastYear,
      int members) {
    return new Aggregate(
        Money.ofWan(revenue),
        new BigDecimal(comparable),
        new BigDecimal(comparableLastYear),
        Money.ofWan(profit),
        new BigDecimal(profitComparable),
        new BigDecimal(profitLastYear),
        members,
        1);
  }

  private static List<BigDecimal> revenues(Object... countsAndValues) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < countsAndValues.length; i += 2) {
      values.addAll(
          Collections.nCopies(
              (Integer) countsAndValues[i], new BigDecimal((String) countsAndValues[i + 1])));
    }
    return values;
  }

  private static ClusterRecords records(
      ClusterId id,
      Aggregate year,
      int specialised,
      int giants,
      int highTech,
      List<BigDecimal> revenues,
      String comparable3y,
      String earlier) {
    return new ClusterRecords(
        new ClusterComposition(
            id,
            ReportingPeriod.annual(2025),
            year,
            specialised,
            giants,
            highTech,
            revenues,
            new BigDecimal(comparable3y),
            new BigDecimal(earlier)));
  }

  static final Map<ClusterId, ClusterRecords> RECORDS =
      Map.of(
          A,
          records(
              A,
              year("14049280", "11000000", "10000000", "702464", "672000", "600000", 200),
              20,
              4,
              60,
              revenues(4, "1756160", 196, "35840"),
              "14049280",
              "10000000"),
          B,
          records(
              B,
              year("4764064", "4500000", "3600000", "285843.84", "250000", "200000", 120),
              24,
              6,
              48,
              revenues(4, "357304.80", 115, "28748.66", 1, "28748.90"),
              "4764064",
              "4000000"),
          C,
          records(
              C,
              year("1000000", "950000", "1000000", "-30000", "-30000", "-10000", 40),
              2,
              0,
              4,
              revenues(4, "225000", 35, "2777.78", 1, "2777.70"),
              "0",
              "0"));

  private static final List<ScoredCluster> SCORED =
      Scoring.score(SCHEME, Scoring.rawValues(SCHEME, RECORDS), Map.of());

  private static ScoredCluster scored(ClusterId id) {
    return SCORED.stream().filter(s -> s.cluster().equals(id)).findFirst().orElseThrow();
  }

  private static LeafScore line(ClusterId id, String code) {
    return scored(id).leaves().stream()
        .filter(l -> l.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** Asserts a leaf's raw value (null: missing), normalised score and contribution. */
  private static void expect(
      ClusterId id, String code, String raw, String normalised, String contribution) {
    LeafScore l = line(id, code);
    if (raw == null) {
      assertThat(l.raw()).as(code + " raw").isNull();
      assertThat(l.basis()).as(code).isEqualTo(LeafScore.Basis.MISSING);
    } else {
      assertThat(l.raw()).as(code + " raw").isEqualByComparingTo(raw);
      assertThat(l.basis()).as(code).isEqualTo(LeafScore.Basis.SCORED);
    }
    assertThat(l.normalised()).as(code + " normalised").isEqualByComparingTo(normalised);
    assertThat(l.contribution()).as(code + " contribution").isEqualByComparingTo(contribution);
  }

  @Test
  void cluster_a_scores_its_eleven_statistics_as_worked_by_hand() {
    // revenue 14,049,280 万元 = 1404.928 亿; efficacy 0–1000 亿: 60 + 40 × 1.404928 > 100, capped
    // to 100; weight 4: 100 × 4 / 100 = 4
    expect(A, "scale.size.revenue", "1404.928", "100", "4");
    // members 200; efficacy over the cohort's 40–200: 60 + 40 × (200 − 40) / 160 = 100; × 2 / 100
    expect(A, "scale.size.member_count", "200", "100", "2");
    // growth 11,000,000 / 10,000,000 − 1 = 10 %; efficacy 0–20: 60 + 40 × 10 / 20 = 80; × 3 / 100
    expect(A, "scale.growth.revenue_growth", "10", "80", "2.4");
    // CAGR (14,049,280 / 10,000,000)^(1/3) − 1 = 1.404928^(1/3) − 1 = 1.12 − 1 = 12 %;
    // efficacy 0–15: 60 + 40 × 12 / 15 = 92; × 2 / 100 = 1.84
    expect(A, "scale.growth.revenue_cagr_3y", "12", "92", "1.84");
    // profit 702,464 万元 = 70.2464 亿, the cohort's highest; min–max: 100; × 1 / 100
    expect(A, "scale.profitability.profit", "70.2464", "100", "1");
    // margin 702,464 / 14,049,280 = 5 %; efficacy 0–10: 60 + 40 × 5 / 10 = 80; × 2 / 100 = 1.6
    expect(A, "scale.profitability.profit_margin", "5", "80", "1.6");
    // profit growth 672,000 / 600,000 − 1 = 12 %: reaches the step 10 (85), not 20; × 1 / 100
    expect(A, "scale.profitability.profit_growth", "12", "85", "0.85");
    // 专精特新 20 / 200 = 10 %; efficacy over the cohort's 5–20 %: 60 + 40 × 5 / 15 = 73.333… →
    // 73.33; × 2 / 100 = 1.4666
    expect(A, "innovation.firms.specialised_share", "10", "73.33", "1.4666");
    // 小巨人 4 / 200 = 2 %, second of 3 (B 5 %, C 0 %); rank: 100 × (3 − 2) / (3 − 1) = 50; × 2 / 100
    expect(A, "innovation.firms.little_giant_share", "2", "50", "1");
    // high-tech 60 / 200 = 30 %; efficacy 0–50: 60 + 40 × 30 / 50 = 84; × 2 / 100 = 1.68
    expect(A, "innovation.firms.high_tech_share", "30", "84", "1.68");
    // top-4 4 × 1,756,160 / 14,049,280 = 50 %; lower is better, efficacy 20–80:
    // 60 + 40 × (80 − 50) / 60 = 80; × 3 / 100 = 2.4
    expect(A, "market.structure.top4_share", "50", "80", "2.4");
  }

  @Test
  void cluster_b_scores_its_eleven_statistics_as_worked_by_hand() {
    // 4,764,064 万元 = 476.4064 亿: 60 + 40 × 0.4764064 = 79.056256 → 79.06; × 4 / 100 = 3.1624
    expect(B, "scale.size.revenue", "476.4064", "79.06", "3.1624");
    // 60 + 40 × (120 − 40) / 160 = 80; × 2 / 100 = 1.6
    expect(B, "scale.size.member_count", "120", "80", "1.6");
    // 4,500,000 / 3,600,000 − 1 = 25 %, above 20: capped to 100; × 3 / 100 = 3
    expect(B, "scale.growth.revenue_growth", "25", "100", "3");
    // (4,764,064 / 4,000,000)^(1/3) = 1.191016^(1/3) = 1.06: 6 %; 60 + 40 × 6 / 15 = 76; × 2 / 100
    expect(B, "scale.growth.revenue_cagr_3y", "6", "76", "1.52");
    // 285,843.84 万元 = 28.584384 亿 → 28.5844 (four decimals); min–max over −3 … 70.2464:
    // 100 × (28.5844 + 3) / 73.2464 = 43.1207… → 43.12; × 1 / 100 = 0.4312
    expect(B, "scale.profitability.profit", "28.5844", "43.12", "0.4312");
    // 285,843.84 / 4,764,064 = 6 %: 60 + 40 × 6 / 10 = 84; × 2 / 100 = 1.68
    expect(B, "scale.profitability.profit_margin", "6", "84", "1.68");
    // 250,000 / 200,000 − 1 = 25 %: reaches the top step 20 (100); × 1 / 100
    expect(B, "scale.profitability.profit_growth", "25", "100", "1");
    // 24 / 120 = 20 %, the cohort's highest: 100; × 2 / 100
    expect(B, "innovation.firms.specialised_share", "20", "100", "2");
    // 6 / 120 = 5 %, first of 3: 100; × 2 / 100
    expect(B, "innovation.firms.little_giant_share", "5", "100", "2");
    // 48 / 120 = 40 %: 60 + 40 × 40 / 50 = 92; × 2 / 100 = 1.84
    expect(B, "innovation.firms.high_tech_share", "40", "92", "1.84");
    // 4 × 357,304.80 / 4,764,064 = 30 %: 60 + 40 × (80 − 30) / 60 = 93.333… → 93.33; × 3 / 100
    expect(B, "market.structure.top4_share", "30", "93.33", "2.7999");
  }

  @Test
  void cluster_c_scores_0_for_the_statistics_it_lacks_as_the_scheme_says() {
    // 100 亿: 60 + 40 × 100 / 1000 = 64; × 4 / 100 = 2.56
    expect(C, "scale.size.revenue", "100", "64", "2.56");
    // the cohort's fewest members: 60; × 2 / 100 = 1.2
    expect(C, "scale.size.member_count", "40", "60", "1.2");
    // 950,000 / 1,000,000 − 1 = −5 %, below 0: 60; × 3 / 100 = 1.8
    expect(C, "scale.growth.revenue_growth", "-5", "60", "1.8");
    // none of its members reported in 2022: missing, the scheme's missing score for statistics is 0
    expect(C, "scale.growth.revenue_cagr_3y", null, "0", "0");
    // −30,000 万元 = −3 亿, the cohort's lowest: min–max 0
    expect(C, "scale.profitability.profit", "-3", "0", "0");
    // −30,000 / 1,000,000 = −3 %, below 0: 60; × 2 / 100 = 1.2
    expect(C, "scale.profitability.profit_margin", "-3", "60", "1.2");
    // a loss last year (−10,000): growth undefined, missing, 0
    expect(C, "scale.profitability.profit_growth", null, "0", "0");
    // 2 / 40 = 5 %, the cohort's lowest: 60; × 2 / 100 = 1.2
    expect(C, "innovation.firms.specialised_share", "5", "60", "1.2");
    // 0 %, last of 3: 100 × (3 − 3) / 2 = 0
    expect(C, "innovation.firms.little_giant_share", "0", "0", "0");
    // 4 / 40 = 10 %: 60 + 40 × 10 / 50 = 68; × 2 / 100 = 1.36
    expect(C, "innovation.firms.high_tech_share", "10", "68", "1.36");
    // 4 × 225,000 / 1,000,000 = 90 %, above the worst bound 80: 60; × 3 / 100 = 1.8
    expect(C, "market.structure.top4_share", "90", "60", "1.8");
  }

  @Test
  void without_a_self_report_every_self_report_leaf_scores_60_and_says_why_45_point_6_in_all() {
    for (ClusterId id : List.of(A, B, C)) {
      List<LeafScore> pending =
          scored(id).leaves().stream()
              .filter(l -> l.basis() == LeafScore.Basis.SELF_REPORT_MISSING)
              .toList();
      assertThat(pending)
          .hasSize(26)
          .allMatch(l -> l.normalised().compareTo(new BigDecimal("60")) == 0);
      assertThat(
              pending.stream()
                  .map(LeafScore::contribution)
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("45.6");
    }
  }

  @Test
  void the_totals_grades_and_ranks_of_the_three() {
    // A: 4 + 2 + 2.4 + 1.84 + 1 + 1.6 + 0.85 + 1.4666 + 1 + 1.68 + 2.4 = 20.2366, + 45.6 = 65.8366
    // → 65.84, at least 60 and below 75: 合格
    // B: 3.1624 + 1.6 + 3 + 1.52 + 0.4312 + 1.68 + 1 + 2 + 2 + 1.84 + 2.7999 = 21.0335, + 45.6 =
    // 66.6335 → 66.63: 合格, the highest
    // C: 2.56 + 1.2 + 1.8 + 0 + 0 + 1.2 + 0 + 1.2 + 0 + 1.36 + 1.8 = 11.12, + 45.6 = 56.72: 不合格
    assertThat(SCORED)
        .extracting(
            s -> s.cluster().value(), s -> s.total(), ScoredCluster::grade, ScoredCluster::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, new BigDecimal("66.63"), Grade.PASS, 1),
            org.assertj.core.groups.Tuple.tuple(1L, new BigDecimal("65.84"), Grade.PASS, 2),
            org.assertj.core.groups.Tuple.tuple(3L, new BigDecimal("56.72"), Grade.FAIL, 3));
    // no grade of last year is known: no stars
    assertThat(SCORED).allMatch(s -> s.stars() == 0 && s.lastYear() == null);
  }

  @Test
  void with_cut_offs_of_66_65_and_50_and_last_years_grades_the_stars_follow_domain_section_5() {
    Scheme lower =
        SCHEME.withChanges(
            Map.of(),
            new GradeCutoffs(new BigDecimal("66"), new BigDecimal("65"), new BigDecimal("50")));

    List<ScoredCluster> scored =
        Scoring.score(
            lower,
            Scoring.rawValues(lower, RECORDS),
            Map.of(A, Grade.GOOD, B, Grade.EXCELLENT, C, Grade.EXCELLENT));

    // B 66.63 ≥ 66: 优秀, and 优秀 last year: ★★★★★; A 65.84 ≥ 65: 良好 after 良好: ★★★;
    // C 56.72 ≥ 50: 合格, no stars whatever last year was
    assertThat(scored)
        .extracting(s -> s.cluster().value(), ScoredCluster::grade, ScoredCluster::stars)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, Grade.EXCELLENT, 5),
            org.assertj.core.groups.Tuple.tuple(1L, Grade.GOOD, 3),
            org.assertj.core.groups.Tuple.tuple(3L, Grade.PASS, 0));
  }

  // ---- with self-reports ------------------------------------------------------------------------

  /**
   * A's self-report, submitted on time: each value sits at 50 % of its leaf's efficacy range (so
   * scores 80) or on a threshold step, as worked in {@link #a_scores_its_self_report_as_worked}.
   */
  static final Map<String, BigDecimal> A_REPORT =
      values(
          "new_projects_over_100m 10, project_investment 50, signed_projects 15,"
              + " external_capital 25, rd_platforms 6, new_platforms 1, rd_intensity 1.5,"
              + " invention_patents 400, leading_firms 5, export_share 15, brands 10,"
              + " service_platforms 3, firms_served 250, promotion_organisation 2, trainees 1000,"
              + " digitalised_share 40, industrial_internet_platforms 1, smart_factories 10,"
              + " cloud_firms 100, green_factories 5, energy_intensity_decline 2.5,"
              + " revenue_per_mu 600, major_accidents 0, dedicated_policies 2, fiscal_support 2500,"
              + " area_km2 80, single_champions 1, annual_report_on_time 1");

  /** B's: A's, but 100 patents, one major accident, and submitted late. */
  static final Map<String, BigDecimal> B_REPORT =
      changed(A_REPORT, "invention_patents 100, major_accidents 1, annual_report_on_time 0");

  private static Map<String, BigDecimal> values(String text) {
    Map<String, BigDecimal> values = new java.util.HashMap<>();
    for (String pair : text.split(",")) {
      String[] p = pair.strip().split(" ");
      values.put(p[0], new BigDecimal(p[1]));
    }
    return values;
  }

  private static Map<String, BigDecimal> changed(Map<String, BigDecimal> from, String text) {
    Map<String, BigDecimal> values = new java.util.HashMap<>(from);
    values.putAll(values(text));
    return values;
  }

  private static ClusterRecords withReport(
      ClusterId id, Map<String, BigDecimal> values, boolean late) {
    return RECORDS
        .get(id)
        .withSelfReport(
            new SubmittedReport(
                id,
                2025,
                late ? 8 : 7,
                java.time.Instant.parse("2026-03-02T02:00:00Z"),
                late,
                org.clusteratlas.selfreport.ReportState.ACCEPTED,
                values));
  }

  private static final List<ScoredCluster> WITH_REPORTS =
      Scoring.score(
          SCHEME,
          Scoring.rawValues(
              SCHEME,
              Map.of(
                  A,
                  withReport(A, A_REPORT, false),
                  B,
                  withReport(B, B_REPORT, true),
                  C,
                  RECORDS.get(C))),
          Map.of());

  private static ScoredCluster withReports(ClusterId id) {
    return WITH_REPORTS.stream().filter(s -> s.cluster().equals(id)).findFirst().orElseThrow();
  }

  private static void expectReported(
      ClusterId id, String code, String raw, String normalised, String contribution) {
    LeafScore l =
        withReports(id).leaves().stream()
            .filter(x -> x.code().equals(code))
            .findFirst()
            .orElseThrow();
    assertThat(l.basis()).as(code).isEqualTo(LeafScore.Basis.SCORED);
    assertThat(l.raw()).as(code + " raw").isEqualByComparingTo(raw);
    assertThat(l.normalised()).as(code + " normalised").isEqualByComparingTo(normalised);
    assertThat(l.contribution()).as(code + " contribution").isEqualByComparingTo(contribution);
  }

  private static BigDecimal selfReportPoints(ClusterId id) {
    return withReports(id).leaves().stream()
        .filter(
            l ->
                SCHEME.leaves().stream()
                    .anyMatch(s -> s.code().equals(l.code()) && s.rule().source().isSelfReport()))
        .map(LeafScore::contribution)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void a_scores_its_self_report_as_worked() {
    // 项目支撑 (15): efficacy 0–20, 0–100 亿, 0–30, 0–50 亿, each value at half: 80 →
    // 80 × 5/100 = 4, 80 × 4/100 = 3.2, 80 × 3/100 = 2.4, 2.4: 12
    expectReported(A, "projects.major.new_projects", "10", "80", "4");
    expectReported(A, "projects.major.investment", "50", "80", "3.2");
    expectReported(A, "projects.attraction.signed", "15", "80", "2.4");
    expectReported(A, "projects.attraction.external_capital", "25", "80", "2.4");
    // 创新能力, self-report part (9): 6 platforms reach the step 5 (85) → 2.55; 1 new reaches 1 (80)
    // → 1.6; R&D 1.5 % of 0–3: 80 → 1.6; 400 patents, the cohort's most (A 400, B 100; C none):
    // efficacy over 100–400 → 100 → 2: 7.75
    expectReported(A, "innovation.platforms.rd_platforms", "6", "85", "2.55");
    expectReported(A, "innovation.platforms.new_platforms", "1", "80", "1.6");
    expectReported(A, "innovation.inputs.rd_intensity", "1.5", "80", "1.6");
    expectReported(A, "innovation.inputs.invention_patents", "400", "100", "2");
    // 市场体系, self-report part (7): 5 of 0–10, 15 % of 0–30, 10 of 0–20: 80 each →
    // 1.6 + 2.4 + 1.6 = 5.6
    expectReported(A, "market.structure.leading_firms", "5", "80", "1.6");
    expectReported(A, "market.expansion.export_share", "15", "80", "2.4");
    expectReported(A, "market.expansion.brands", "10", "80", "1.6");
    // 公共服务 (15): 3 platforms reach the step 3 (85) → 2.55; 250 of 0–500: 80 → 2.4; an operating
    // organisation (2): 100 → 5; 1000 trainees of 0–2000: 80 → 3.2: 13.15
    expectReported(A, "services.platforms.service_platforms", "3", "85", "2.55");
    expectReported(A, "services.platforms.firms_served", "250", "80", "2.4");
    expectReported(A, "services.organisation.promotion_organisation", "2", "100", "5");
    expectReported(A, "services.talent.trainees", "1000", "80", "3.2");
    // 智慧集群 (10): 40 % of 0–80: 80 → 2.4; one industrial internet platform: step 1 (80) → 2.4;
    // 10 of 0–20 and 100 of 0–200: 80 → 1.6 each: 8
    expectReported(A, "smart.digital.digitalised_share", "40", "80", "2.4");
    expectReported(A, "smart.digital.industrial_internet", "1", "80", "2.4");
    expectReported(A, "smart.manufacturing.smart_factories", "10", "80", "1.6");
    expectReported(A, "smart.manufacturing.cloud_firms", "100", "80", "1.6");
    // 绿色集约 (10): 5 of 0–10 and 2.5 % of 0–5: 80 → 1.6 each; 600 万元/亩 of 200–1000:
    // 60 + 40 × 400 / 800 = 80 → 2.4; no accident, lower is better, 0 ≤ 0: 100 → 3: 8.6
    expectReported(A, "green.development.green_factories", "5", "80", "1.6");
    expectReported(A, "green.development.energy_intensity_decline", "2.5", "80", "1.6");
    expectReported(A, "green.land.revenue_per_mu", "600", "80", "2.4");
    expectReported(A, "green.safety.major_accidents", "0", "100", "3");
    // 政策服务 (10): 2 policies reach the step 1 (80) → 2.4; 2500 万元 of 0–5000: 80 → 2.4; on time
    // (1): 100 → 4: 8.8
    expectReported(A, "policy.support.dedicated_policies", "2", "80", "2.4");
    expectReported(A, "policy.support.fiscal_support", "2500", "80", "2.4");
    expectReported(A, "policy.work.annual_report_on_time", "1", "100", "4");
    // 12 + 7.75 + 5.6 + 13.15 + 8 + 8.6 + 8.8 = 63.9, against 45.6 without the report
    assertThat(selfReportPoints(A)).isEqualByComparingTo("63.9");
  }

  @Test
  void b_loses_the_points_of_its_fewer_patents_its_accident_and_its_late_report() {
    // 100 patents, the cohort's fewest: 60 → 1.2 (A's 2); one accident, not ≤ 0: 0 (A's 3);
    // late: 0 (A's 4): 63.9 − 2 + 1.2 − 3 − 4 = 56.1
    expectReported(B, "innovation.inputs.invention_patents", "100", "60", "1.2");
    expectReported(B, "green.safety.major_accidents", "1", "0", "0");
    expectReported(B, "policy.work.annual_report_on_time", "0", "0", "0");
    assertThat(selfReportPoints(B)).isEqualByComparingTo("56.1");
    // C has none: 26 leaves at their missing 60, 45.6
    assertThat(withReports(C).leaves())
        .filteredOn(l -> l.basis() == LeafScore.Basis.SELF_REPORT_MISSING)
        .hasSize(26);
  }

  @Test
  void with_their_self_reports_a_and_b_rise_to_good_and_c_stays_failed() {
    // A: statistics 20.2366 (above) + 63.9 = 84.1366 → 84.14, below 85: 良好, first
    // B: 21.0335 + 56.1 = 77.1335 → 77.13: 良好; C unchanged: 56.72, 不合格
    assertThat(WITH_REPORTS)
        .extracting(
            s -> s.cluster().value(), s -> s.total(), ScoredCluster::grade, ScoredCluster::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, new BigDecimal("84.14"), Grade.GOOD, 1),
            org.assertj.core.groups.Tuple.tuple(2L, new BigDecimal("77.13"), Grade.GOOD, 2),
            org.assertj.core.groups.Tuple.tuple(3L, new BigDecimal("56.72"), Grade.FAIL, 3));
  }
}
