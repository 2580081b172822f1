package org.clusteratlas.selfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.clusteratlas.selfreport.SelfReportFixture.PROVINCE;
import static org.clusteratlas.selfreport.SelfReportFixture.PROVINCE_SCOPE;
import static org.clusteratlas.selfreport.SelfReportFixture.form;
import static org.clusteratlas.selfreport.SelfReportFixture.organisation;
import static org.clusteratlas.selfreport.SelfReportFixture.organisationScope;
import static org.clusteratlas.selfreport.SelfReportFixture.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.lifecycle.DesignationLifecycle;
import org.clusteratlas.lifecycle.Step;
import org.clusteratlas.lifecycle.Transition;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-report against the demo province's database, each test rolled back: a cluster the demo
 * left without a 2025 report is filled in, checked, submitted (late: 2025's were due in spring
 * 2026), returned, submitted again and accepted; refusals store nothing; the history cannot be
 * changed.
 */
@AtlasIntegrationTest
@Transactional
class SelfReportIntegrationTests {

  @Autowired SelfReports reports;
  @Autowired ClusterRegister clusters;
  @Autowired JdbcClient jdbc;
  @Autowired DesignationLifecycle lifecycle;

  private ClusterId cluster;
  private Actor org;
  private Scope scope;

  @BeforeEach
  void aClusterWithoutA2025Report() {
    cluster = SelfReportFixture.missing(reports, 2025).get(0);
    org = organisation(cluster);
    scope = organisationScope(cluster);
  }

  private SelfReportView view() {
    return reports.report(2025, cluster, scope);
  }

  private long events() {
    return jdbc.sql(
            "select count(*) from self_report_event e join self_report r on r.id = e.report_id"
                + " where r.cluster_id = ? and r.year = 2025")
        .param(cluster.value())
        .query(Long.class)
        .single();
  }

  @Test
  void a_report_is_saved_submitted_late_and_accepted_each_step_a_new_version() {
    SelfReportView before = view();
    assertThat(before.state()).isEqualTo(ReportState.NOT_STARTED);
    assertThat(before.overdue()).isTrue();
    long version = reports.currentVersion();

    SelfReportView saved = reports.save(2025, cluster, form(before), Map.of(), org, scope);
    SelfReportView submitted = reports.submit(2025, cluster, null, Map.of(), org, scope);
    SelfReportView accepted = reports.accept(2025, cluster, "材料齐全，审核通过", PROVINCE, PROVINCE_SCOPE);

    assertThat(saved.state()).isEqualTo(ReportState.DRAFT);
    assertThat(saved.version()).isGreaterThan(version);
    assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
    assertThat(submitted.version()).isGreaterThan(saved.version());
    // due by 31 March or 30 April 2026, submitted now (the tests run after that): late, and
    // on time is 0
    assertThat(submitted.late()).isTrue();
    assertThat(submitted.values().get(SelfReportCatalogue.ON_TIME)).isEqualByComparingTo("0");
    assertThat(submitted.dueOn().getYear()).isEqualTo(2026);
    assertThat(accepted.state()).isEqualTo(ReportState.ACCEPTED);
    assertThat(accepted.history())
        .extracting(ReportEvent::action, ReportEvent::actorName)
        .containsExactly(
            tuple("save", org.name()),
            tuple("submit", org.name()),
            tuple("accept", PROVINCE.name()));
    assertThat(accepted.history().get(1).catalogueVersion()).isEqualTo(SelfReportCatalogue.VERSION);
    assertThat(accepted.history().get(2).reason()).isEqualTo("材料齐全，审核通过");
    ReportRow row =
        reports.list(2025, PROVINCE_SCOPE).stream()
            .filter(r -> r.clusterId() == cluster.value())
            .findFirst()
            .orElseThrow();
    assertThat(row.state()).isEqualTo(ReportState.ACCEPTED);
    assertThat(row.late()).isTrue();
    assertThat(row.overdue()).isFalse();
    assertThat(row.version()).isEqualTo(accepted.version());
    assertThat(row.submittedAt()).isEqualTo(submitted.submittedAt());
  }

  @Test
  void submitting_last_years_report_files_the_annual_report_on_the_clusters_case_once() {
    reports.save(2025, cluster, form(view()), Map.of(), org, scope);
    SelfReportView first = reports.submit(2025, cluster, null, Map.of(), org, scope);
    reports.returnReport(2025, cluster, "研发平台数与认定文件不符", PROVINCE, PROVINCE_SCOPE);
    reports.submit(2025, cluster, form(view()), Map.of(), org, scope);

    // the demo enrols every provincial cluster in the lifecycle, so this one has a case
    List<Step> filed =
        lifecycle.casesOf(cluster, PROVINCE_SCOPE).cases().stream()
            .flatMap(c -> c.steps().stream())
            .filter(s -> s.transition() == Transition.FILE_ANNUAL_REPORT)
            .toList();
    assertThat(filed).hasSize(1);
    assertThat(filed.get(0).details().year()).isEqualTo(2025);
    assertThat(filed.get(0).actor().name()).isEqualTo(org.name());
    assertThat(filed.get(0).documents()).containsExactly("年度自评报告 2025 v" + first.version());
  }

  @Test
  void a_returned_report_needs_a_reason_counts_no_more_and_is_a_draft_again_once_edited() {
    reports.submit(2025, cluster, form(view()), Map.of(), org, scope);
    long submittedAt = reports.currentVersion();

    assertThatThrownBy(() -> reports.returnReport(2025, cluster, " ", PROVINCE, PROVINCE_SCOPE))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("self-report.return-reason"));
    SelfReportView returned =
        reports.returnReport(2025, cluster, "研发平台数与认定文件不符", PROVINCE, PROVINCE_SCOPE);
    assertThat(returned.state()).isEqualTo(ReportState.RETURNED);
    assertThat(reports.submittedAsOf(2025, submittedAt, List.of(cluster))).containsKey(cluster);
    assertThat(reports.submittedAsOf(2025, returned.version(), List.of(cluster))).isEmpty();

    String area = new BigDecimal(form(view()).get("area_km2")).add(BigDecimal.ONE).toPlainString();
    SelfReportView edited =
        reports.save(2025, cluster, with(form(view()), "area_km2", area), Map.of(), org, scope);
    assertThat(edited.state()).isEqualTo(ReportState.DRAFT);
    SelfReportView again = reports.submit(2025, cluster, null, Map.of(), org, scope);
    assertThat(again.state()).isEqualTo(ReportState.SUBMITTED);
    assertThat(again.values().get("area_km2")).isEqualByComparingTo(area);
    // the resubmission keeps the timing of the first submission
    assertThat(again.late()).isTrue();
    SubmittedReport counted =
        reports.submittedAsOf(2025, again.version(), List.of(cluster)).get(cluster);
    assertThat(counted.version()).isEqualTo(again.version());
    assertThat(counted.values().get("area_km2")).isEqualByComparingTo(area);
  }

  @Test
  void a_hard_fault_refuses_the_save_and_leaves_the_stored_values_unchanged() {
    Map<String, String> good = form(view());
    reports.save(2025, cluster, good, Map.of(), org, scope);
    Map<String, BigDecimal> stored = view().values();
    long events = events();

    assertThatThrownBy(
            () ->
                reports.save(2025, cluster, with(good, "rd_platforms", "-2"), Map.of(), org, scope))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo("self-report.negative");
              assertThat(e.rejectedValue()).isEqualTo("-2");
              assertThat(e.argumentsAsText()).containsExactly("rd_platforms");
            });
    assertThatThrownBy(
            () ->
                reports.submit(
                    2025, cluster, with(good, "export_share", "130"), Map.of(), org, scope))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("self-report.out-of-range"));

    assertThat(view().values()).isEqualTo(stored);
    assertThat(view().state()).isEqualTo(ReportState.DRAFT);
    assertThat(events()).isEqualTo(events);
  }

  @Test
  void findings_must_be_explained_by_more_than_a_boilerplate_before_the_report_is_submitted() {
    Map<String, String> high = with(form(view()), "rd_intensity", "25");

    SelfReportView saved = reports.save(2025, cluster, high, Map.of(), org, scope);
    // implausible, and (against last year's accepted value, where there is one) a big change
    assertThat(saved.findingsOf("rd_intensity"))
        .extracting(Finding::ruleId)
        .contains("self-report.rd-intensity-high");
    assertThatThrownBy(() -> reports.submit(2025, cluster, null, Map.of(), org, scope))
        .isInstanceOfSatisfying(
            UnexplainedFindings.class,
            e -> {
              assertThat(e.rule()).isEqualTo("self-report.findings-unexplained");
              assertThat(e.findings()).extracting(Finding::field).containsOnly("rd_intensity");
            });
    assertThatThrownBy(
            () ->
                reports.submit(2025, cluster, null, Map.of("rd_intensity", "经核实，数据无误"), org, scope))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("explanation.boilerplate"));
    assertThat(view().state()).isEqualTo(ReportState.DRAFT);

    SelfReportView submitted =
        reports.submit(
            2025, cluster, null, Map.of("rd_intensity", "集群以研发外包服务企业为主，研发投入占收入比重高"), org, scope);

    assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
    assertThat(submitted.explanations()).containsKey("rd_intensity");
    assertThat(
            jdbc.sql(
                    "select array_to_string(rules, ',') from self_report_explanation where version"
                        + " = ? and field = 'rd_intensity'")
                .param(submitted.version())
                .query(String.class)
                .single())
        .startsWith("self-report.rd-intensity-high");
  }

  @Test
  void a_report_for_the_current_year_submitted_now_is_on_time() {
    int year = LocalDate.now().getYear();
    ClusterId any =
        clusters
            .holdersOn(DesignationKind.PROVINCIAL, LocalDate.of(year, 12, 31))
            .iterator()
            .next();
    Actor itsOrg = organisation(any);
    Scope itsScope = organisationScope(any);

    SelfReportView submitted =
        reports.submit(
            year, any, form(reports.report(year, any, itsScope)), Map.of(), itsOrg, itsScope);

    assertThat(submitted.late()).isFalse();
    assertThat(submitted.dueOn().getYear()).isEqualTo(year + 1);
    assertThat(submitted.values().get(SelfReportCatalogue.ON_TIME)).isEqualByComparingTo("1");
  }

  @Test
  void each_role_reads_and_writes_only_what_it_answers_for() {
    Cluster c = clusters.find(cluster).orElseThrow();
    ClusterId other =
        clusters.holdersOn(DesignationKind.PROVINCIAL, LocalDate.of(2025, 12, 31)).stream()
            .filter(id -> !id.equals(cluster))
            .findFirst()
            .orElseThrow();
    Actor viewer = new Actor("it-viewer", Actor.Role.VIEWER, Actor.PROVINCE);

    // the public reads nothing; another cluster's organisation not this report
    assertThatThrownBy(() -> reports.list(2025, Scope.anonymous()))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> reports.report(2025, cluster, organisationScope(other)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                reports.save(
                    2025,
                    cluster,
                    Map.of(),
                    Map.of(),
                    organisation(other),
                    organisationScope(other)))
        .isInstanceOf(AccessRefusedException.class);
    // a viewer and the province read it but do not fill it in
    assertThat(reports.report(2025, cluster, Scope.viewer("it-viewer")).mayEdit()).isFalse();
    assertThatThrownBy(
            () ->
                reports.save(2025, cluster, Map.of(), Map.of(), viewer, Scope.viewer("it-viewer")))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("self-report.edit-forbidden"));
    assertThatThrownBy(
            () -> reports.save(2025, cluster, Map.of(), Map.of(), PROVINCE, PROVINCE_SCOPE))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("self-report.edit-forbidden"));
    // the organisation does not review its own report
    reports.submit(2025, cluster, form(view()), Map.of(), org, scope);
    assertThatThrownBy(() -> reports.accept(2025, cluster, null, org, scope))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("self-report.review-forbidden"));
    // a city officer whose region holds none of its hosts does not see it
    String elsewhere = c.hosts().get(0).code().contains("3607") ? "360100" : "360700";
    assertThatThrownBy(() -> reports.report(2025, cluster, Scope.region("it-officer", elsewhere)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(reports.list(2025, Scope.region("it-officer", elsewhere)))
        .noneMatch(r -> r.clusterId() == cluster.value());
  }

  @Test
  void a_city_officer_fills_in_the_report_of_a_cluster_hosted_in_its_region_on_its_behalf() {
    Scope nanchang = Scope.region("it-nanchang-officer", "360100");
    Actor officer = new Actor("it-nanchang-officer", Actor.Role.CITY_OFFICER, "360100");
    int year = LocalDate.now().getYear();
    List<ReportRow> own = reports.list(year, nanchang);
    assertThat(own).isNotEmpty().hasSizeLessThan(reports.list(year, PROVINCE_SCOPE).size());
    ClusterId theirs =
        new ClusterId(
            own.stream().filter(r -> r.state().editable()).findFirst().orElseThrow().clusterId());

    SelfReportView saved =
        reports.save(year, theirs, Map.of("rd_platforms", "7"), Map.of(), officer, nanchang);

    assertThat(saved.history().get(saved.history().size() - 1).actorRole())
        .isEqualTo("city_officer");
  }

  @Test
  void a_year_out_of_range_a_cluster_not_provincial_and_an_unknown_one_are_refused_by_name() {
    assertThatThrownBy(() -> reports.report(2030, cluster, scope))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("self-report.year"));
    ClusterId exited =
        clusters.all().stream()
            .filter(c -> !c.holds(DesignationKind.PROVINCIAL, LocalDate.of(2025, 12, 31)))
            .map(Cluster::id)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> reports.report(2025, exited, PROVINCE_SCOPE))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("self-report.cluster-not-provincial"));
    assertThatThrownBy(() -> reports.report(2025, new ClusterId(987_654), PROVINCE_SCOPE))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.rule()).isEqualTo("self-report-cluster.unknown"));
  }

  @Test
  void the_history_refuses_update_and_delete_and_of_a_report_only_the_state_changes() {
    reports.submit(2025, cluster, form(view()), Map.of(), org, scope);
    long version = reports.currentVersion();

    for (String sql :
        List.of(
            "update self_report_value set value = value + 1 where version = " + version,
            "delete from self_report_value where version = " + version,
            "update self_report_event set at = now() where version = " + version,
            "delete from self_report_event where version = " + version,
            "update self_report set year = 2024 where cluster_id = "
                + cluster.value()
                + " and year = 2025",
            "delete from self_report where cluster_id = " + cluster.value())) {
      jdbc.sql("savepoint before_change").update();
      assertThatThrownBy(() -> jdbc.sql(sql).update())
          .as(sql)
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("refused");
      jdbc.sql("rollback to savepoint before_change").update();
    }
    // the state alone may change
    assertThat(
            jdbc.sql(
                    "update self_report set state = 'accepted' where cluster_id = ? and year ="
                        + " 2025")
                .param(cluster.value())
                .update())
        .isEqualTo(1);
  }
}
