package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.indicator.MemberFigures;
import org.clusteratlas.selfreport.SelfReportFixture;
import org.clusteratlas.selfreport.SelfReports;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.clusteratlas.statistics.EnterpriseReport;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.ReportStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A past evaluation replayed after both the data and the scheme changed gives the same scores: the
 * run of 2025, then the largest member of the top cluster reports its December revenue doubled and
 * the province publishes a new scheme version for 2025 with other weights; the replay of the first
 * run recomputes it with its own scheme version and as of its own data version. Likewise after a
 * self-report is returned and submitted again: the replay reads the self-reports as of the run's
 * own self-report version.
 */
@AtlasIntegrationTest
@Transactional
class EvaluationReplayTests {

  private static final Actor ADMIN = Actor.provinceAdministrator("test-replay");
  private static final ReportingPeriod DECEMBER = ReportingPeriod.annual(2025);

  @Autowired Evaluations evaluations;
  @Autowired ReportStore reports;
  @Autowired IndicatorReadModel indicators;
  @Autowired SelfReports selfReports;

  /** The largest member of {@code cluster} reports its December revenue doubled. */
  private void doubleTheLargestMembersRevenue(ClusterId cluster) {
    MemberFigures largest = indicators.members(cluster, DECEMBER).get(0);
    reports.record(
        new EnterpriseReport(
            new CreditCode(largest.creditCode()),
            DECEMBER,
            IndicatorCode.REVENUE,
            largest.revenue().wan().multiply(BigDecimal.valueOf(2)),
            largest.revenueLastYear()),
        ADMIN,
        "企业更正12月营业收入（测试）");
  }

  /** The default scheme with 规模效益 at 25 and 项目支撑 at 5, as version 2025.1 for 2025. */
  private Scheme reweighted() {
    return evaluations
        .schemeFor(2025)
        .withChanges(Map.of("scale", new BigDecimal("25"), "projects", new BigDecimal("5")), null)
        .asVersion("2025.1", 2025);
  }

  @Test
  void replaying_2025_after_a_revised_report_and_a_new_scheme_gives_the_same_scores() {
    Evaluation first = evaluations.run(2025, ADMIN);
    ClusterId top = new ClusterId(first.results().get(0).clusterId());
    long dataVersion = first.dataVersion();

    doubleTheLargestMembersRevenue(top);
    evaluations.publish(reweighted(), ADMIN, "2025年度评价调整权重（测试）");
    Evaluation second = evaluations.run(2025, ADMIN);

    // the world moved on: a newer data version, the new scheme, other totals
    assertThat(second.dataVersion()).isGreaterThan(dataVersion);
    assertThat(second.schemeVersion()).isEqualTo("2025.1");
    assertThat(second.results()).isNotEqualTo(first.results());

    Replay replay = evaluations.replay(first.runId());

    assertThat(replay.identical()).isTrue();
    assertThat(replay.run().schemeVersion()).isEqualTo("2021.1");
    assertThat(replay.run().dataVersion()).isEqualTo(dataVersion);
    assertThat(replay.clusters()).hasSize(118);
    assertThat(replay.clusters())
        .allSatisfy(
            c -> {
              assertThat(c.replayedTotal()).isEqualTo(c.storedTotal());
              assertThat(c.replayedGrade()).isEqualTo(c.storedGrade());
              assertThat(c.leavesDiffering()).isEmpty();
            });
    assertThat(evaluations.ofRun(first.runId()).results()).isEqualTo(first.results());
  }

  @Test
  void the_revised_report_moves_the_new_runs_revenue_of_that_cluster_but_not_the_replay() {
    Evaluation first = evaluations.run(2025, ADMIN);
    ClusterId top = new ClusterId(first.results().get(0).clusterId());
    BigDecimal revenueThen = revenue(evaluations.explain(first.runId(), top));

    doubleTheLargestMembersRevenue(top);
    Evaluation second = evaluations.run(2025, ADMIN);

    assertThat(revenue(evaluations.explain(second.runId(), top))).isGreaterThan(revenueThen);
    assertThat(evaluations.replay(first.runId()).identical()).isTrue();
    assertThat(evaluations.replay(second.runId()).identical()).isTrue();
  }

  private static BigDecimal revenue(ClusterExplanation explanation) {
    return explanation.leaves().stream()
        .filter(l -> l.code().equals("scale.size.revenue"))
        .findFirst()
        .orElseThrow()
        .raw();
  }

  @Test
  void a_resubmitted_self_report_moves_the_new_run_but_not_the_replay_of_the_run_before() {
    // a cluster the demo left without a 2025 self-report submits one; the year is evaluated
    ClusterId cluster = SelfReportFixture.missing(selfReports, 2025).get(0);
    Actor org = SelfReportFixture.organisation(cluster);
    Scope scope = SelfReportFixture.organisationScope(cluster);
    Map<String, String> form = SelfReportFixture.form(selfReports.report(2025, cluster, scope));
    selfReports.submit(2025, cluster, form, Map.of(), org, scope);
    Evaluation first = evaluations.run(2025, ADMIN);

    // the province returns it; the cluster submits it again with twice the projects
    selfReports.returnReport(
        2025,
        cluster,
        "新开工项目数偏低，请核实",
        SelfReportFixture.PROVINCE,
        SelfReportFixture.PROVINCE_SCOPE);
    selfReports.submit(
        2025,
        cluster,
        SelfReportFixture.with(
            form,
            "new_projects_over_100m",
            String.valueOf(2 * Integer.parseInt(form.get("new_projects_over_100m")) + 4)),
        Map.of("new_projects_over_100m", "补录了年底集中开工的一批重大项目"),
        org,
        scope);
    Evaluation second = evaluations.run(2025, ADMIN);

    assertThat(second.selfReportVersion()).isGreaterThan(first.selfReportVersion());
    assertThat(projects(evaluations.explain(second.runId(), cluster)))
        .isGreaterThan(projects(evaluations.explain(first.runId(), cluster)));
    Replay replay = evaluations.replay(first.runId());
    assertThat(replay.identical()).isTrue();
    assertThat(replay.run().selfReportVersion()).isEqualTo(first.selfReportVersion());
    assertThat(evaluations.replay(second.runId()).identical()).isTrue();
  }

  private static BigDecimal projects(ClusterExplanation explanation) {
    return explanation.leaves().stream()
        .filter(l -> l.code().equals("projects.major.new_projects"))
        .findFirst()
        .orElseThrow()
        .raw();
  }

  @Test
  void a_published_scheme_version_cannot_be_published_again_and_a_city_officer_cannot_publish() {
    Scheme scheme = reweighted();
    evaluations.publish(scheme, ADMIN, "测试");

    assertThatThrownBy(() -> evaluations.publish(scheme, ADMIN, "再次发布"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("evaluation.scheme-version-taken"));
    assertThatThrownBy(
            () ->
                evaluations.publish(
                    scheme.asVersion("2025.2", 2025),
                    new Actor("officer", Actor.Role.CITY_OFFICER, "360100"),
                    "测试"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("evaluation.scheme-forbidden"));
    assertThat(evaluations.schemes())
        .extracting(SchemeVersion::version)
        .contains("2021.1", "2025.1");
    assertThat(evaluations.schemeFor(2024).version()).isEqualTo("2021.1");
    assertThat(evaluations.schemeFor(2025).version()).isEqualTo("2025.1");
  }

  @Test
  void an_unknown_run_is_refused_as_unknown() {
    assertThatThrownBy(() -> evaluations.replay(999_999))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("evaluation-run.unknown"));
  }
}
