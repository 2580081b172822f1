package org.clusteratlas.lifecycle;

import static org.clusteratlas.lifecycle.CaseState.APPLIED;
import static org.clusteratlas.lifecycle.CaseState.DEMOTED;
import static org.clusteratlas.lifecycle.CaseState.IN_NOTICE;
import static org.clusteratlas.lifecycle.CaseState.MERGED;
import static org.clusteratlas.lifecycle.CaseState.RECOGNISED;
import static org.clusteratlas.lifecycle.CaseState.REJECTED;
import static org.clusteratlas.lifecycle.CaseState.REVOKED;
import static org.clusteratlas.lifecycle.CaseState.RE_REVIEW;
import static org.clusteratlas.lifecycle.CaseState.UNDER_REVIEW;
import static org.clusteratlas.lifecycle.CaseState.WARNED;
import static org.clusteratlas.shared.Actor.Role.CITY_OFFICER;
import static org.clusteratlas.shared.Actor.Role.CLUSTER_ORG;
import static org.clusteratlas.shared.Actor.Role.PROVINCE_ADMIN;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusteratlas.shared.Actor.Role;
import org.clusteratlas.shared.RuleViolation;

/**
 * The named steps of a designation's lifecycle: the states each may be taken from, the state it
 * leads to (the same state for a step that only records something) and the roles that may take it.
 * The table of the module's documentation is this enum.
 */
public enum Transition {
  /** 申报: a city or county bureau applies for a cluster hosted within its region. */
  APPLY("申报", Set.of(), APPLIED, CITY_OFFICER),
  /** 纳入管理: a designation the register already holds enters the lifecycle, as recognised. */
  ENROL("纳入动态管理", Set.of(), RECOGNISED, PROVINCE_ADMIN),
  PASS_FORMAL_CHECK("形式审查通过", Set.of(APPLIED), UNDER_REVIEW, PROVINCE_ADMIN),
  REJECT_FORMAL_CHECK("形式审查不通过", Set.of(APPLIED), REJECTED, PROVINCE_ADMIN),
  RECORD_EXPERT_SCORE("录入专家评分", Set.of(UNDER_REVIEW), UNDER_REVIEW, PROVINCE_ADMIN),
  REJECT_REVIEW("专家评审不通过", Set.of(UNDER_REVIEW), REJECTED, PROVINCE_ADMIN),
  OPEN_PUBLIC_NOTICE("公示", Set.of(UNDER_REVIEW), IN_NOTICE, PROVINCE_ADMIN),
  /** 公示异议成立: an objection during the notice is upheld and the application rejected. */
  REJECT_NOTICE("公示异议成立，不予认定", Set.of(IN_NOTICE), REJECTED, PROVINCE_ADMIN),
  /** 认定: grants the designation in the register, once the notice has ended. */
  RECOGNISE("认定", Set.of(IN_NOTICE), RECOGNISED, PROVINCE_ADMIN),
  FILE_ANNUAL_REPORT(
      "报送年度报告", Set.of(RECOGNISED, WARNED, RE_REVIEW), null, CITY_OFFICER, CLUSTER_ORG),
  RECORD_EVALUATION("记录年度评价结果", Set.of(RECOGNISED, WARNED, RE_REVIEW), null, PROVINCE_ADMIN),
  /** 复核: due three years after recognition and after each passed re-review. */
  START_RE_REVIEW("启动复核", Set.of(RECOGNISED, WARNED), RE_REVIEW, PROVINCE_ADMIN),
  PASS_RE_REVIEW("复核通过", Set.of(RE_REVIEW), RECOGNISED, PROVINCE_ADMIN),
  WARN("黄牌警告", Set.of(RECOGNISED, RE_REVIEW), WARNED, PROVINCE_ADMIN),
  LIFT_WARNING("解除警告", Set.of(WARNED), RECOGNISED, PROVINCE_ADMIN),
  /** 推荐晋级: opens a case for the rung above; this case stays recognised. */
  PROMOTE("推荐晋级", Set.of(RECOGNISED), null, PROVINCE_ADMIN),
  /** 降级: revokes the designation and grants the rung below when the cluster lacks it. */
  DEMOTE("降级", Set.of(RECOGNISED, WARNED, RE_REVIEW), DEMOTED, PROVINCE_ADMIN),
  /** 合并: the cluster merges into another; its designation is revoked. */
  MERGE("合并", Set.of(RECOGNISED, WARNED, RE_REVIEW), MERGED, PROVINCE_ADMIN),
  REVOKE("撤销认定", Set.of(RECOGNISED, WARNED, RE_REVIEW), REVOKED, PROVINCE_ADMIN);

  private final String chineseName;
  private final Set<CaseState> from;
  private final CaseState to;
  private final Set<Role> roles;

  Transition(String chineseName, Set<CaseState> from, CaseState to, Role... roles) {
    this.chineseName = chineseName;
    this.from = Set.copyOf(from);
    this.to = to;
    this.roles = Set.copyOf(Arrays.asList(roles));
  }

  /** The code as stored and sent, e.g. {@code open_public_notice}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String chineseName() {
    return chineseName;
  }

  /** Whether this step opens a case rather than moving one. */
  public boolean opensCase() {
    return from.isEmpty();
  }

  /** The states this step may be taken from; none for the steps that open a case. */
  public Set<CaseState> from() {
    return from;
  }

  /** The state this step leads to from {@code current}: its own, or the same for a record. */
  public CaseState to(CaseState current) {
    return to == null ? current : to;
  }

  /** The roles that may take this step. */
  public Set<Role> roles() {
    return roles;
  }

  /** The codes of the states it may be taken from, in lifecycle order, e.g. {@code applied}. */
  String fromCodes() {
    return from.stream().sorted().map(CaseState::code).collect(Collectors.joining(", "));
  }

  /** The codes of the roles that may take it, e.g. {@code city_officer, cluster_org}. */
  String roleCodes() {
    return roles.stream()
        .sorted()
        .map(r -> r.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  public static Transition ofCode(String code) {
    return Arrays.stream(values())
        .filter(t -> t.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "lifecycle.transition-name",
                    code,
                    Arrays.stream(values())
                        .map(Transition::code)
                        .collect(Collectors.joining(", "))));
  }
}
