package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.selfreport.SelfReportFixture;
import org.clusteratlas.selfreport.SelfReportView;
import org.clusteratlas.selfreport.SelfReports;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation takes its self-report leaves from the annual self-reports: a cluster without one
 * scores their missing 60 and its explanation says so; once it submits a strong report, the next
 * run scores it higher and says which report each leaf is from. Rolled back after each test.
 */
@AtlasIntegrationTest
@Transactional
class EvaluationSelfReportTests {

  private static final Actor ADMIN = Actor.provinceAdministrator("test-self-report-evaluation");

  @Autowired Evaluations evaluations;
  @Autowired SelfReports selfReports;

  private static ClusterResult result(Evaluation e, ClusterId id) {
    return e.results().stream().filter(r -> r.clusterId() == id.value()).findFirst().orElseThrow();
  }

  @Test
  void a_submitted_self_report_raises_the_clusters_score_and_its_explanation_names_it() {
    ClusterId cluster = SelfReportFixture.missing(selfReports, 2025).get(0);
    Evaluation before = evaluations.run(2025, ADMIN);
    ClusterExplanation missing = evaluations.explain(before.runId(), cluster);
    assertThat(before.selfReportsMissing()).isEqualTo(3);
    assertThat(missing.selfReport()).isNull();
    assertThat(missing.leaves())
        .filteredOn(l -> l.source().startsWith("self_report:"))
        .hasSize(26)
        .allSatisfy(
            l -> {
              assertThat(l.basis()).isEqualTo(LeafScore.Basis.SELF_REPORT_MISSING);
              assertThat(l.how()).startsWith("self_report missing → 60");
            });

    // a strong report: every field at the top of its leaf's range, and on time is all it lacks
    Scope scope = SelfReportFixture.organisationScope(cluster);
    SelfReportView view = selfReports.report(2025, cluster, scope);
    Map<String, String> strong =
        SelfReportFixture.with(
            SelfReportFixture.form(view),
            "new_projects_over_100m",
            "25",
            "project_investment",
            "120",
            "signed_projects",
            "35",
            "external_capital",
            "60",
            "rd_platforms",
            "12",
            "new_platforms",
            "3",
            "rd_intensity",
            "3.5",
            "invention_patents",
            "5000",
            "leading_firms",
            "12",
            "export_share",
            "35",
            "brands",
            "25",
            "service_platforms",
            "6",
            "firms_served",
            "600",
            "promotion_organisation",
            "2",
            "trainees",
            "2500",
            "digitalised_share",
            "85",
            "industrial_internet_platforms",
            "3",
            "smart_factories",
            "25",
            "cloud_firms",
            "250",
            "green_factories",
            "12",
            "energy_intensity_decline",
            "6",
            "revenue_per_mu",
            "1200",
            "major_accidents",
            "0",
            "dedicated_policies",
            "4",
            "fiscal_support",
            "6000");
    Map<String, String> explained = new java.util.HashMap<>();
    strong.keySet().forEach(f -> explained.put(f, "集群本年实施倍增计划，各项指标较上年大幅提升"));
    selfReports.submit(
        2025, cluster, strong, explained, SelfReportFixture.organisation(cluster), scope);
    Evaluation after = evaluations.run(2025, ADMIN);

    assertThat(after.selfReportVersion()).isGreaterThan(before.selfReportVersion());
    assertThat(after.selfReportsMissing()).isEqualTo(2);
    assertThat(result(after, cluster).total()).isGreaterThan(result(before, cluster).total());
    ClusterExplanation explanation = evaluations.explain(after.runId(), cluster);
    assertThat(explanation.selfReport()).isNotNull();
    assertThat(explanation.selfReport().late()).isTrue();
    BigDecimal selfReportPoints = BigDecimal.ZERO;
    for (ClusterExplanation.Line l : explanation.leaves()) {
      if (!l.source().startsWith("self_report:")) {
        continue;
      }
      assertThat(l.basis()).isEqualTo(LeafScore.Basis.SCORED);
      assertThat(l.how())
          .startsWith("from self_report v" + explanation.selfReport().version() + " submitted ")
          .contains("(late)");
      selfReportPoints = selfReportPoints.add(l.contribution());
    }
    // everything at the top but the late report (4 points) and invention patents, normalised
    // within the cohort (at most 2 points): at least 76 − 4 − 2 = 70 of 76
    assertThat(selfReportPoints).isGreaterThanOrEqualTo(new BigDecimal("70"));
  }
}
