package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations of the demo province, stored and rolled back after each test: the cohort, what is
 * stored, the explanations, stars over two years, a what-if that saves nothing, and refusals.
 */
@AtlasIntegrationTest
@Transactional
class EvaluationRunTests {

  private static final Actor ADMIN = Actor.provinceAdministrator("test-evaluation");

  @Autowired Evaluations evaluations;
  @Autowired ClusterRegister clusters;
  @Autowired JdbcClient jdbc;

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void a_run_of_2025_scores_every_provincial_cluster_of_the_years_end_under_the_default_scheme() {
    int provincial =
        clusters.holdersOn(DesignationKind.PROVINCIAL, LocalDate.of(2025, 12, 31)).size();

    Evaluation evaluation = evaluations.run(2025, ADMIN);

    assertThat(provincial).isEqualTo(118);
    assertThat(evaluation.results()).hasSize(118);
    assertThat(evaluation.schemeVersion()).isEqualTo("2021.1");
    assertThat(evaluation.selfReportWeight()).isEqualByComparingTo("76");
    assertThat(evaluation.results())
        .allSatisfy(
            r -> {
              assertThat(r.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
              assertThat(r.total().scale()).isEqualTo(2);
              assertThat(r.name()).endsWith("集群");
              assertThat(r.schemeVersion()).isEqualTo("2021.1");
            });
    assertThat(evaluation.results().get(0).rank()).isEqualTo(1);
    assertThat(evaluation.results()).isSortedAccordingTo((a, b) -> b.total().compareTo(a.total()));
  }

  @Test
  void a_run_stores_each_clusters_result_and_its_37_leaf_scores_with_the_versions_it_used() {
    long before = count("evaluation_run");

    Evaluation evaluation = evaluations.run(2025, ADMIN);

    assertThat(count("evaluation_run")).isEqualTo(before + 1);
    assertThat(
            jdbc.sql("select count(*) from evaluation_score where run_id = ?")
                .param(evaluation.runId())
                .query(Long.class)
                .single())
        .isEqualTo(118L * 37);
    assertThat(
            jdbc.sql("select scheme_version, data_version from evaluation_run where id = ?")
                .param(evaluation.runId())
                .query((rs, n) -> rs.getString(1) + "/" + rs.getLong(2))
                .single())
        .isEqualTo("2021.1/" + evaluation.dataVersion());
    assertThat(evaluations.latest(2025)).isEqualTo(evaluation);
  }

  @Test
  void an_explanation_adds_up_its_leaves_to_the_total_and_writes_out_the_arithmetic() {
    Evaluation evaluation = evaluations.run(2025, ADMIN);
    ClusterResult first = evaluation.results().get(0);

    ClusterExplanation explanation = evaluations.explain(2025, new ClusterId(first.clusterId()));

    assertThat(explanation.total()).isEqualTo(first.total());
    assertThat(explanation.cohortSize()).isEqualTo(118);
    assertThat(explanation.leaves()).hasSize(37);
    assertThat(explanation.indicators()).hasSize(8);
    BigDecimal sum =
        explanation.leaves().stream()
            .map(ClusterExplanation.Line::contribution)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualTo(first.total());
    ClusterExplanation.Line revenue =
        explanation.leaves().stream()
            .filter(l -> l.code().equals("scale.size.revenue"))
            .findFirst()
            .orElseThrow();
    assertThat(revenue.unit()).isEqualTo("亿元");
    assertThat(revenue.how()).startsWith("clamp(60 + 40 × (").contains(", 60, 100) = ");
    // the best cluster filed its 2025 self-report (the demo province's): every self-report leaf is
    // scored from it, and says so
    assertThat(explanation.selfReport()).isNotNull();
    assertThat(explanation.selfReportVersion()).isEqualTo(evaluation.selfReportVersion());
    assertThat(explanation.leaves())
        .filteredOn(l -> l.source().startsWith("self_report:"))
        .hasSize(26)
        .allSatisfy(
            l -> {
              assertThat(l.basis()).isEqualTo(LeafScore.Basis.SCORED);
              assertThat(l.how())
                  .startsWith(
                      "from self_report v" + explanation.selfReport().version() + " submitted ");
            });
  }

  @Test
  void stars_rest_on_the_grades_of_the_year_befores_latest_run() {
    Evaluation earlier = evaluations.run(2024, ADMIN);
    Evaluation later = evaluations.run(2025, ADMIN);

    assertThat(later.previousRunId()).isEqualTo(earlier.runId());
    Map<Long, Grade> lastYear = new java.util.HashMap<>();
    earlier.results().forEach(r -> lastYear.put(r.clusterId(), r.grade()));
    assertThat(later.results())
        .allSatisfy(
            r -> assertThat(r.stars()).isEqualTo(Stars.of(r.grade(), lastYear.get(r.clusterId()))));
    assertThat(
            evaluations
                .explain(2025, new ClusterId(later.results().get(0).clusterId()))
                .lastYearGrade())
        .isEqualTo(lastYear.get(later.results().get(0).clusterId()));
  }

  @Test
  void a_what_if_with_lower_cut_offs_lists_whose_grade_changes_and_saves_nothing() {
    Evaluation evaluation = evaluations.run(2025, ADMIN);
    long runs = count("evaluation_run");
    long scores = count("evaluation_score");
    BigDecimal lowest = evaluation.results().get(evaluation.results().size() - 1).total();
    BigDecimal highest = evaluation.results().get(0).total();
    // every cluster at least 合格, and the best 优秀
    GradeCutoffs cutoffs =
        new GradeCutoffs(highest, highest.subtract(new BigDecimal("0.01")), lowest);

    WhatIfResult whatIf = evaluations.whatIf(2025, new WhatIf(Map.of(), cutoffs));

    assertThat(whatIf.runId()).isEqualTo(evaluation.runId());
    assertThat(whatIf.clusters()).hasSize(118);
    assertThat(whatIf.clusters()).allSatisfy(r -> assertThat(r.newTotal()).isEqualTo(r.total()));
    assertThat(whatIf.clusters().get(0).newGrade()).isEqualTo(Grade.EXCELLENT);
    assertThat(whatIf.clusters()).noneMatch(r -> r.newGrade() == Grade.FAIL);
    assertThat(whatIf.gradesChanged())
        .isEqualTo(whatIf.gradeChanges().size())
        .isEqualTo((int) whatIf.clusters().stream().filter(r -> r.grade() != r.newGrade()).count())
        .isPositive();
    assertThat(count("evaluation_run")).isEqualTo(runs);
    assertThat(count("evaluation_score")).isEqualTo(scores);
    assertThat(evaluations.latest(2025).results()).isEqualTo(evaluation.results());
  }

  @Test
  void a_what_if_moving_weight_to_scale_and_profit_changes_the_totals_by_the_statistics_alone() {
    evaluations.run(2025, ADMIN);

    WhatIfResult whatIf =
        evaluations.whatIf(
            2025,
            new WhatIf(
                Map.of(
                    "scale", new BigDecimal("30"),
                    "projects", new BigDecimal("5"),
                    "services", new BigDecimal("10")),
                null));

    assertThat(whatIf.clusters()).anyMatch(r -> r.newTotal().compareTo(r.total()) != 0);
    assertThat(whatIf.clusters())
        .allSatisfy(
            r -> assertThat(r.newTotal()).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
  }

  @Test
  void only_the_province_administrator_runs_an_evaluation() {
    Actor officer = new Actor("nanchang-officer", Actor.Role.CITY_OFFICER, "360100");

    assertThatThrownBy(() -> evaluations.run(2025, officer))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.run-forbidden"));
  }

  @Test
  void a_year_not_evaluated_and_a_year_without_provincial_clusters_are_refused_by_name() {
    assertThatThrownBy(() -> evaluations.latest(2023))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.unknown"));
    assertThatThrownBy(() -> evaluations.run(2005, ADMIN))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.no-scheme"));
    assertThatThrownBy(() -> evaluations.whatIf(2023, new WhatIf(Map.of(), null)))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation.unknown"));
  }
}
