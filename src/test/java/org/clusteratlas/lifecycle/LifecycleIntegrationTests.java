package org.clusteratlas.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.Designation;
import org.clusteratlas.cluster.DesignationGranted;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.cluster.DesignationRevoked;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Actor.Role;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case walked through the real service and database, against the demo province: a 南昌 cluster
 * applies for provincial advanced manufacturing and is recognised, so the register holds the
 * designation; a refused step leaves a {@code lifecycle_refusal} row (written in its own
 * transaction, so it stays) and changes nothing; the designation is then revoked. The rest rolls
 * back with the test.
 */
@AtlasIntegrationTest
@Transactional
@RecordApplicationEvents
class LifecycleIntegrationTests {

  private static final DesignationKind KIND = DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING;

  @Autowired DesignationLifecycle lifecycle;
  @Autowired ClusterRegister register;
  @Autowired RegionDirectory regions;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ApplicationEvents events;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Caller admin = Caller.of(Actor.provinceAdministrator("it-lifecycle-admin-" + run));
  private final Caller nanchang =
      Caller.of(new Actor("it-lifecycle-nanchang-" + run, Role.CITY_OFFICER, "360100"));
  private Cluster cluster;
  private LocalDate today;

  @BeforeEach
  void aNanchangClusterWithoutTheDesignation() {
    today = LocalDate.now(clock.withZone(LifecycleCase.ZONE));
    cluster =
        register.all().stream()
            .filter(c -> c.holds(DesignationKind.PROVINCIAL, today) && !c.holds(KIND, today))
            .filter(c -> c.hosts().stream().allMatch(this::inNanchang))
            .findFirst()
            .orElseThrow();
  }

  private boolean inNanchang(ClusterHost host) {
    RegionCode region =
        host.region() != null ? host.region() : regions.zone(host.zone()).orElseThrow().parent();
    return region.isWithin(new RegionCode("360100"));
  }

  private LifecycleCase recognisedCase() {
    LifecycleCase c =
        lifecycle.open(
            new CaseOpening(
                Transition.APPLY, cluster.id(), KIND, "申报省级先进制造业集群", List.of("洪工信字〔2026〕3号")),
            nanchang);
    long id = c.id();
    lifecycle.take(id, StepRequest.of(Transition.PASS_FORMAL_CHECK, null, List.of()), admin);
    score(id, "专家甲", "82", null);
    score(id, "专家乙", "88", null);
    score(id, "专家丙", "79.5", null);
    score(id, "专家丁", "30", "曾任该集群龙头企业独立董事");
    lifecycle.take(
        id,
        new StepRequest(
            Transition.OPEN_PUBLIC_NOTICE,
            null,
            List.of("公示网址"),
            null,
            null,
            null,
            today.minusDays(9),
            today.minusDays(3),
            null,
            null,
            null,
            null),
        admin);
    return lifecycle.take(
        id, StepRequest.of(Transition.RECOGNISE, "公示无异议", List.of("赣工信字〔2026〕99号")), admin);
  }

  private void score(long id, String expert, String score, String conflict) {
    lifecycle.take(
        id,
        new StepRequest(
            Transition.RECORD_EXPERT_SCORE,
            null,
            List.of(),
            expert,
            new BigDecimal(score),
            conflict,
            null,
            null,
            null,
            null,
            null,
            null),
        admin);
  }

  @Test
  void a_case_walked_from_application_to_recognition_leaves_the_designation_in_the_register() {
    LifecycleCase c = recognisedCase();

    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
    Designation granted = register.find(cluster.id()).orElseThrow().current(KIND).orElseThrow();
    assertThat(granted.grantedOn()).isEqualTo(today);
    assertThat(granted.grantedDocument()).isEqualTo("赣工信字〔2026〕99号");
    assertThat(register.holdersOn(KIND, today)).contains(cluster.id());
    assertThat(events.stream(DesignationGranted.class))
        .containsExactly(new DesignationGranted(cluster.id(), KIND, today, "赣工信字〔2026〕99号"));
    assertThat(events.stream(LifecycleStepTaken.class)).hasSize(8);

    LifecycleCase read = lifecycle.find(c.id(), Scope.province("it-reader"));
    assertThat(read.steps())
        .extracting(Step::transition)
        .containsExactly(
            Transition.APPLY,
            Transition.PASS_FORMAL_CHECK,
            Transition.RECORD_EXPERT_SCORE,
            Transition.RECORD_EXPERT_SCORE,
            Transition.RECORD_EXPERT_SCORE,
            Transition.RECORD_EXPERT_SCORE,
            Transition.OPEN_PUBLIC_NOTICE,
            Transition.RECOGNISE);
    assertThat(read.steps().get(0).actor()).isEqualTo(nanchang.actor());
    assertThat(read.reviewMean()).contains(new BigDecimal("83.17"));
    assertThat(read.noticeEndsOn()).contains(today.minusDays(3));
    assertThat(read.reReviewDueOn()).contains(today.plusYears(3));
    assertThat(
            jdbc.sql(
                    "select counted, conflict_of_interest from lifecycle_expert_score"
                        + " where case_id = ? and expert = '专家丁'")
                .param(c.id())
                .query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2))
                .single())
        .isEqualTo("false 曾任该集群龙头企业独立董事");
  }

  @Test
  void a_refused_step_is_recorded_and_changes_nothing_and_the_designation_can_then_be_revoked() {
    long id = recognisedCase().id();
    int steps = stepCount(id);

    assertThatThrownBy(
            () ->
                lifecycle.take(
                    id, StepRequest.of(Transition.PASS_FORMAL_CHECK, null, List.of()), admin))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).rule())
        .isEqualTo("lifecycle.transition-not-allowed");

    Map<String, Object> refusal =
        jdbc.sql(
                "select transition, from_state, actor_name, actor_role, actor_region, rule,"
                    + " message, cluster_id, kind from lifecycle_refusal where case_id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(refusal)
        .containsEntry("transition", "pass_formal_check")
        .containsEntry("from_state", "recognised")
        .containsEntry("actor_name", admin.actor().name())
        .containsEntry("actor_role", "province_admin")
        .containsEntry("actor_region", "360000")
        .containsEntry("rule", "lifecycle.transition-not-allowed")
        .containsEntry("cluster_id", cluster.id().value())
        .containsEntry("kind", KIND.code());
    assertThat((String) refusal.get("message")).contains("已认定").contains("形式审查通过");
    assertThat(stepCount(id)).isEqualTo(steps);
    assertThat(state(id)).isEqualTo("recognised");
    assertThat(register.holdersOn(KIND, today)).contains(cluster.id());
    assertThat(lifecycle.refusals(id))
        .singleElement()
        .satisfies(r -> assertThat(r.message(java.util.Locale.ENGLISH)).contains("recognised"));

    lifecycle.take(
        id, StepRequest.of(Transition.REVOKE, "发生重大安全生产事故", List.of("赣工信字〔2026〕120号")), admin);

    assertThat(state(id)).isEqualTo("revoked");
    assertThat(register.holdersOn(KIND, today)).doesNotContain(cluster.id());
    Designation revoked =
        register.find(cluster.id()).orElseThrow().designations().stream()
            .filter(d -> d.kind() == KIND)
            .findFirst()
            .orElseThrow();
    assertThat(revoked.revokedOn()).isEqualTo(today);
    assertThat(revoked.revocationReason()).isEqualTo("发生重大安全生产事故");
    assertThat(events.stream(DesignationRevoked.class)).hasSize(1);
  }

  @Test
  void a_step_by_a_role_that_may_not_take_it_is_refused_and_recorded_with_the_actor() {
    long id =
        lifecycle
            .open(
                new CaseOpening(Transition.APPLY, cluster.id(), KIND, null, List.of("申报书.pdf")),
                nanchang)
            .id();

    assertThatThrownBy(
            () ->
                lifecycle.take(
                    id, StepRequest.of(Transition.PASS_FORMAL_CHECK, null, List.of()), nanchang))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).rule())
        .isEqualTo("lifecycle.role-forbidden");

    assertThat(
            jdbc.sql(
                    "select actor_name || ' ' || actor_role || ' ' || from_state || ' ' || rule"
                        + " from lifecycle_refusal where case_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(nanchang.actor().name() + " city_officer applied lifecycle.role-forbidden");
    assertThat(state(id)).isEqualTo("applied");
  }

  @Test
  void a_refused_application_is_recorded_without_a_case_and_no_case_is_left() {
    Caller viewer = Caller.of(new Actor("it-lifecycle-viewer-" + run, Role.VIEWER, "360000"));
    long before = caseCount();

    assertThatThrownBy(
            () ->
                lifecycle.open(
                    new CaseOpening(Transition.APPLY, cluster.id(), KIND, null, List.of("x")),
                    viewer))
        .isInstanceOf(RuleViolation.class);

    assertThat(caseCount()).isEqualTo(before);
    assertThat(
            jdbc.sql(
                    "select coalesce(case_id::text, 'none') || ' ' || cluster_id || ' ' || rule"
                        + " from lifecycle_refusal where actor_name = ?")
                .param(viewer.actor().name())
                .query(String.class)
                .single())
        .isEqualTo("none " + cluster.id().value() + " lifecycle.role-forbidden");
  }

  @Test
  void a_second_open_case_for_the_same_cluster_and_kind_is_refused() {
    lifecycle.open(
        new CaseOpening(Transition.APPLY, cluster.id(), KIND, null, List.of("申报书.pdf")), nanchang);

    assertThatThrownBy(
            () ->
                lifecycle.open(
                    new CaseOpening(Transition.APPLY, cluster.id(), KIND, null, List.of("again")),
                    nanchang))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).rule())
        .isEqualTo("lifecycle.case-open");
  }

  @Test
  void a_promotion_opens_a_linked_case_for_the_rung_above() {
    long id = recognisedCase().id();

    lifecycle.take(
        id,
        new StepRequest(
            Transition.PROMOTE,
            "推荐申报国家先进制造业集群",
            List.of("推荐函"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            DesignationKind.NATIONAL_ADVANCED_MANUFACTURING,
            null),
        admin);

    List<LifecycleCase> cases =
        lifecycle.casesOf(cluster.id(), Scope.province("it-reader")).cases();
    LifecycleCase opened =
        cases.stream()
            .filter(c -> c.kind() == DesignationKind.NATIONAL_ADVANCED_MANUFACTURING)
            .findFirst()
            .orElseThrow();
    assertThat(opened.state()).isEqualTo(CaseState.APPLIED);
    assertThat(opened.steps().get(0).details().relatedCase()).isEqualTo(id);
    LifecycleCase origin = lifecycle.find(id, Scope.province("it-reader"));
    assertThat(origin.steps().get(origin.steps().size() - 1).details().relatedCase())
        .isEqualTo(opened.id());
  }

  @Test
  void the_history_cannot_be_changed_or_deleted_in_the_database() {
    long id = recognisedCase().id();

    assertThatThrownBy(
            () ->
                jdbc.sql("update lifecycle_step set reason = 'x' where case_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("never changed");
  }

  private int stepCount(long id) {
    return jdbc.sql("select count(*) from lifecycle_step where case_id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private long caseCount() {
    return jdbc.sql("select count(*) from lifecycle_case").query(Long.class).single();
  }

  private String state(long id) {
    return jdbc.sql("select state from lifecycle_case where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
