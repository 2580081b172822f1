package org.clusteratlas.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusteratlas.lifecycle.CaseFixture.ADMIN;
import static org.clusteratlas.lifecycle.CaseFixture.APPLIED_AT;
import static org.clusteratlas.lifecycle.CaseFixture.DOCS;
import static org.clusteratlas.lifecycle.CaseFixture.GANZHOU;
import static org.clusteratlas.lifecycle.CaseFixture.KIND;
import static org.clusteratlas.lifecycle.CaseFixture.NANCHANG;
import static org.clusteratlas.lifecycle.CaseFixture.NANCHANG_COUNTY;
import static org.clusteratlas.lifecycle.CaseFixture.ORGANISATION;
import static org.clusteratlas.lifecycle.CaseFixture.OTHER_ORGANISATION;
import static org.clusteratlas.lifecycle.CaseFixture.RE_REVIEW_DUE;
import static org.clusteratlas.lifecycle.CaseFixture.VIEWER;
import static org.clusteratlas.lifecycle.CaseFixture.on;
import static org.clusteratlas.lifecycle.CaseFixture.refusal;
import static org.clusteratlas.lifecycle.CaseFixture.subject;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor.Role;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * Who may take which step: the module documentation's table, checked in the domain before the state
 * — a city or county bureau applies for and reports on the clusters hosted wholly within its
 * region, a cluster organisation reports on its own cluster, the province administrator takes every
 * other step, viewers none.
 */
class LifecycleRolesTest {

  /** step → the roles that may take it; written out here, not read from {@link Transition}. */
  private static final String WHO =
      """
      apply                city_officer
      enrol                province_admin
      pass_formal_check    province_admin
      reject_formal_check  province_admin
      record_expert_score  province_admin
      reject_review        province_admin
      open_public_notice   province_admin
      reject_notice        province_admin
      recognise            province_admin
      file_annual_report   city_officer cluster_org
      record_evaluation    province_admin
      start_re_review      province_admin
      pass_re_review       province_admin
      warn                 province_admin
      lift_warning         province_admin
      promote              province_admin
      demote               province_admin
      merge                province_admin
      revoke               province_admin
      """;

  private static final Instant AT = on(RE_REVIEW_DUE.plusDays(30));

  private static Map<Transition, Set<Role>> who() {
    Map<Transition, Set<Role>> table = new TreeMap<>();
    for (String line : WHO.strip().split("\n")) {
      String[] cells = line.strip().split("\\s+");
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (int i = 1; i < cells.length; i++) {
        roles.add(Role.valueOf(cells[i].toUpperCase(Locale.ROOT)));
      }
      table.put(Transition.ofCode(cells[0]), roles);
    }
    return table;
  }

  private static Caller as(Role role) {
    return switch (role) {
      case PROVINCE_ADMIN -> ADMIN;
      case CITY_OFFICER -> NANCHANG;
      case CLUSTER_ORG -> ORGANISATION;
      case VIEWER -> VIEWER;
    };
  }

  @Test
  void each_step_is_the_documented_roles_and_no_other_roles() {
    Map<Transition, Set<Role>> fromEnum = new TreeMap<>();
    for (Transition t : Transition.values()) {
      fromEnum.put(t, t.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(t.roles()));
    }
    assertThat(fromEnum).isEqualTo(who());
  }

  @Test
  void a_role_outside_the_table_is_refused_before_the_state_is_looked_at_and_nothing_changes() {
    for (Map.Entry<Transition, Set<Role>> row : who().entrySet()) {
      Transition t = row.getKey();
      for (Role role : Role.values()) {
        if (row.getValue().contains(role)) {
          continue;
        }
        LifecycleCase c = CaseFixture.inState(CaseState.RECOGNISED);
        int before = c.steps().size();
        RuleViolation refused = refusal(() -> ask(t, c, as(role)));
        assertThat(refused.rule()).as(t + " by " + role).isEqualTo("lifecycle.role-forbidden");
        assertThat(refused.rejectedValue()).isEqualTo(t.code());
        assertThat(refused.argumentsAsText()[1]).isEqualTo(role.name().toLowerCase(Locale.ROOT));
        assertThat(c.steps()).hasSize(before);
      }
    }
  }

  @Test
  void a_role_in_the_table_gets_past_the_role_and_scope_checks() {
    Map<String, String> outcomes = new TreeMap<>();
    for (Map.Entry<Transition, Set<Role>> row : who().entrySet()) {
      for (Role role : row.getValue()) {
        LifecycleCase c = CaseFixture.inState(CaseState.RECOGNISED);
        String outcome;
        try {
          ask(row.getKey(), c, as(role));
          outcome = "taken";
        } catch (RuleViolation e) {
          outcome = e.rule();
        }
        outcomes.put(row.getKey().code() + " by " + role, outcome);
      }
    }
    assertThat(outcomes).hasSize(20);
    assertThat(outcomes.values())
        .doesNotContain("lifecycle.role-forbidden", "lifecycle.scope-forbidden")
        .contains("taken", "lifecycle.transition-not-allowed");
  }

  @Test
  void a_viewer_takes_no_step_at_all() {
    assertThat(who().values()).noneMatch(roles -> roles.contains(Role.VIEWER));
    RuleViolation refused =
        refusal(() -> LifecycleCase.apply(subject(), KIND, VIEWER, APPLIED_AT, null, DOCS));
    assertThat(refused.rule()).isEqualTo("lifecycle.role-forbidden");
    assertThat(refused.message(Locale.ENGLISH)).contains("viewers take no step");
  }

  @Test
  void a_city_bureau_applies_for_clusters_hosted_within_its_city_or_county_only() {
    assertThat(LifecycleCase.apply(subject(), KIND, NANCHANG, APPLIED_AT, null, DOCS).state())
        .isEqualTo(CaseState.APPLIED);
    assertThat(
            LifecycleCase.apply(subject(), KIND, NANCHANG_COUNTY, APPLIED_AT, null, DOCS).state())
        .isEqualTo(CaseState.APPLIED);

    RuleViolation refused =
        refusal(() -> LifecycleCase.apply(subject(), KIND, GANZHOU, APPLIED_AT, null, DOCS));
    assertThat(refused.rule()).isEqualTo("lifecycle.scope-forbidden");
    assertThat(refused.getMessage()).contains("赣州市工信局 刘").contains("南昌县测试产业集群");
  }

  @Test
  void a_cluster_hosted_partly_outside_the_bureaus_region_is_not_the_bureaus_to_apply_for() {
    CaseSubject straddling =
        new CaseSubject(
            new ClusterId(11),
            "跨市集群",
            List.of("360121", "360702"),
            Map.of(DesignationKind.PROVINCIAL, CaseFixture.PROVINCIAL_SINCE),
            Map.of());

    RuleViolation refused =
        refusal(() -> LifecycleCase.apply(straddling, KIND, NANCHANG, APPLIED_AT, null, DOCS));

    assertThat(refused.rule()).isEqualTo("lifecycle.scope-forbidden");
  }

  @Test
  void a_cluster_organisation_files_its_own_clusters_annual_report_but_not_anothers() {
    LifecycleCase own = CaseFixture.inState(CaseState.RECOGNISED);
    own.fileAnnualReport(ORGANISATION, AT, 2027, null, List.of("2027年度报告.pdf"));
    assertThat(own.steps().get(own.steps().size() - 1).actor().role()).isEqualTo(Role.CLUSTER_ORG);

    LifecycleCase other = CaseFixture.inState(CaseState.RECOGNISED);
    RuleViolation refused =
        refusal(
            () ->
                other.fileAnnualReport(
                    OTHER_ORGANISATION, AT, 2027, null, List.of("2027年度报告.pdf")));
    assertThat(refused.rule()).isEqualTo("lifecycle.scope-forbidden");
  }

  @Test
  void a_city_bureau_outside_the_clusters_region_may_not_file_its_annual_report() {
    LifecycleCase c = CaseFixture.inState(CaseState.RECOGNISED);

    RuleViolation refused =
        refusal(() -> c.fileAnnualReport(GANZHOU, AT, 2027, null, List.of("2027年度报告.pdf")));

    assertThat(refused.rule()).isEqualTo("lifecycle.scope-forbidden");
    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
  }

  @Test
  void the_role_check_comes_before_the_state_so_a_city_bureau_cannot_probe_a_case() {
    LifecycleCase ended = CaseFixture.inState(CaseState.REVOKED);

    RuleViolation refused = refusal(() -> ended.recognise(NANCHANG, AT, null, DOCS));

    assertThat(refused.rule()).isEqualTo("lifecycle.role-forbidden");
    assertThat(refused.getMessage()).contains("province_admin");
  }

  @Test
  void a_refusal_names_the_actor_and_the_role_in_both_languages() {
    LifecycleCase c = CaseFixture.inState(CaseState.APPLIED);

    RuleViolation refused = refusal(() -> c.passFormalCheck(ORGANISATION, AT, null, List.of()));

    assertThat(refused.message(Locale.SIMPLIFIED_CHINESE))
        .contains("集群促进会 陈")
        .contains("cluster_org")
        .contains("形式审查通过");
    assertThat(refused.message(Locale.ENGLISH))
        .contains("集群促进会 陈 (cluster_org) may not take the step pass_formal_check");
  }

  /** Asks for {@code t} on a recognised case, with input valid for it. */
  private static void ask(Transition t, LifecycleCase c, Caller caller) {
    switch (t) {
      case APPLY ->
          LifecycleCase.apply(
              subject(), DesignationKind.NATIONAL_SME_CHARACTERISTIC, caller, AT, null, DOCS);
      case ENROL ->
          LifecycleCase.enrol(subject(), DesignationKind.PROVINCIAL, caller, AT, null, List.of());
      case PASS_FORMAL_CHECK -> c.passFormalCheck(caller, AT, null, List.of());
      case REJECT_FORMAL_CHECK -> c.rejectFormalCheck(caller, AT, "x", List.of());
      case RECORD_EXPERT_SCORE ->
          c.recordExpertScore(caller, AT, "专家", java.math.BigDecimal.TEN, null, null, List.of());
      case REJECT_REVIEW -> c.rejectReview(caller, AT, "x", List.of());
      case OPEN_PUBLIC_NOTICE -> c.openPublicNotice(caller, AT, null, null, null, List.of());
      case REJECT_NOTICE -> c.rejectNotice(caller, AT, "x", List.of());
      case RECOGNISE -> c.recognise(caller, AT, null, DOCS);
      case FILE_ANNUAL_REPORT -> c.fileAnnualReport(caller, AT, 2027, null, List.of("报告"));
      case RECORD_EVALUATION ->
          c.recordEvaluation(caller, AT, 2027, EvaluationGrade.GOOD, null, List.of());
      case START_RE_REVIEW -> c.startReReview(caller, AT, null, List.of());
      case PASS_RE_REVIEW -> c.passReReview(caller, AT, null, List.of());
      case WARN -> c.warn(caller, AT, "x", List.of());
      case LIFT_WARNING -> c.liftWarning(caller, AT, "x", List.of());
      case PROMOTE ->
          c.promote(caller, AT, DesignationKind.NATIONAL_ADVANCED_MANUFACTURING, "x", DOCS);
      case DEMOTE -> c.demote(caller, AT, "x", DOCS);
      case MERGE -> c.merge(caller, AT, 12L, java.util.Optional.of("另一集群"), "x", DOCS);
      case REVOKE -> c.revoke(caller, AT, "x", DOCS);
    }
  }
}
