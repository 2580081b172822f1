package org.clusteratlas.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusteratlas.lifecycle.CaseFixture.ADMIN;
import static org.clusteratlas.lifecycle.CaseFixture.DOCS;
import static org.clusteratlas.lifecycle.CaseFixture.NANCHANG;
import static org.clusteratlas.lifecycle.CaseFixture.RE_REVIEW_DUE;
import static org.clusteratlas.lifecycle.CaseFixture.on;
import static org.clusteratlas.lifecycle.CaseFixture.refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step from every state: allowed where the table below says, to the state it names; refused
 * everywhere else with {@code lifecycle.transition-not-allowed}, naming the state and the step, and
 * leaving the case as it was. Each step is asked for by a role that may take it, with valid input,
 * on 2029-04-13 (after the re-review fell due), so only the state decides.
 */
class LifecycleTransitionTableTest {

  /** state, step, state after; written out here, not read from {@link Transition}. */
  private static final String ALLOWED =
      """
      applied       pass_formal_check    under_review
      applied       reject_formal_check  rejected
      under_review  record_expert_score  under_review
      under_review  reject_review        rejected
      under_review  open_public_notice   in_notice
      in_notice     reject_notice        rejected
      in_notice     recognise            recognised
      recognised    file_annual_report   recognised
      recognised    record_evaluation    recognised
      recognised    start_re_review      re_review
      recognised    warn                 warned
      recognised    promote              recognised
      recognised    demote               demoted
      recognised    merge                merged
      recognised    revoke               revoked
      warned        file_annual_report   warned
      warned        record_evaluation    warned
      warned        start_re_review      re_review
      warned        lift_warning         recognised
      warned        demote               demoted
      warned        merge                merged
      warned        revoke               revoked
      re_review     file_annual_report   re_review
      re_review     record_evaluation    re_review
      re_review     pass_re_review       recognised
      re_review     warn                 warned
      re_review     demote               demoted
      re_review     merge                merged
      re_review     revoke               revoked
      """;

  private static final Instant AT = on(RE_REVIEW_DUE.plusDays(30));

  private static Map<String, CaseState> allowed() {
    Map<String, CaseState> table = new HashMap<>();
    for (String line : ALLOWED.strip().split("\n")) {
      String[] cells = line.strip().split("\\s+");
      table.put(cells[0] + " " + cells[1], CaseState.ofCode(cells[2]));
    }
    return table;
  }

  static Stream<Arguments> everyStateAndStep() {
    List<Arguments> pairs = new ArrayList<>();
    for (CaseState state : CaseState.values()) {
      for (Transition t : Transition.values()) {
        if (!t.opensCase()) {
          pairs.add(Arguments.of(state, t));
        }
      }
    }
    return pairs.stream();
  }

  /** Asks for {@code t} with valid input, as a role that may take it. */
  private static void take(LifecycleCase c, Transition t) {
    switch (t) {
      case PASS_FORMAL_CHECK -> c.passFormalCheck(ADMIN, AT, null, List.of());
      case REJECT_FORMAL_CHECK -> c.rejectFormalCheck(ADMIN, AT, "材料不全", List.of());
      case RECORD_EXPERT_SCORE ->
          c.recordExpertScore(ADMIN, AT, "新专家", new BigDecimal("75"), null, null, List.of());
      case REJECT_REVIEW -> c.rejectReview(ADMIN, AT, "评审未通过", List.of());
      case OPEN_PUBLIC_NOTICE ->
          c.openPublicNotice(
              ADMIN, AT, LocalDate.of(2029, 4, 13), LocalDate.of(2029, 4, 19), null, List.of());
      case REJECT_NOTICE -> c.rejectNotice(ADMIN, AT, "公示期间异议成立", List.of());
      case RECOGNISE -> c.recognise(ADMIN, AT, null, DOCS);
      case FILE_ANNUAL_REPORT ->
          c.fileAnnualReport(NANCHANG, AT, 2027, null, List.of("2027年度报告.pdf"));
      case RECORD_EVALUATION ->
          c.recordEvaluation(ADMIN, AT, 2027, EvaluationGrade.GOOD, null, List.of());
      case START_RE_REVIEW -> c.startReReview(ADMIN, AT, null, List.of());
      case PASS_RE_REVIEW -> c.passReReview(ADMIN, AT, null, List.of());
      case WARN -> c.warn(ADMIN, AT, "评价不合格", List.of());
      case LIFT_WARNING -> c.liftWarning(ADMIN, AT, "整改到位", List.of());
      case PROMOTE ->
          c.promote(ADMIN, AT, DesignationKind.NATIONAL_ADVANCED_MANUFACTURING, "推荐申报国家级", DOCS);
      case DEMOTE -> c.demote(ADMIN, AT, "连续两年不合格", DOCS);
      case MERGE -> c.merge(ADMIN, AT, 12L, Optional.of("南昌另一产业集群"), "合并", DOCS);
      case REVOKE -> c.revoke(ADMIN, AT, "重大安全事故", DOCS);
      case APPLY, ENROL -> throw new AssertionError("opening steps are not taken on a case");
    }
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStateAndStep")
  void each_step_from_each_state_is_taken_or_refused_as_the_table_says(
      CaseState state, Transition t) {
    LifecycleCase c = CaseFixture.inState(state);
    int before = c.steps().size();
    CaseState expected = allowed().get(state.code() + " " + t.code());

    if (expected != null) {
      take(c, t);
      assertThat(c.state()).isEqualTo(expected);
      Step last = c.steps().get(c.steps().size() - 1);
      assertThat(last.transition()).isEqualTo(t);
      assertThat(last.from()).isEqualTo(state);
      assertThat(last.to()).isEqualTo(expected);
      assertThat(last.at()).isEqualTo(AT);
      assertThat(last.seq()).isEqualTo(before + 1);
    } else {
      RuleViolation refused = refusal(() -> take(c, t));
      assertThat(refused.rule()).isEqualTo("lifecycle.transition-not-allowed");
      assertThat(refused.rejectedValue()).isEqualTo(t.code());
      assertThat(refused.argumentsAsText()[0]).isEqualTo(state.code());
      assertThat(refused.getMessage()).contains(state.chineseName()).contains(t.chineseName());
      assertThat(c.state()).isEqualTo(state);
      assertThat(c.steps()).hasSize(before);
      assertThat(c.takeRegisterChanges()).isEmpty();
    }
  }

  @Test
  void the_table_above_and_the_transitions_agree_on_every_allowed_step() {
    Map<String, CaseState> fromEnum = new HashMap<>();
    for (Transition t : Transition.values()) {
      for (CaseState from : t.from()) {
        fromEnum.put(from.code() + " " + t.code(), t.to(from));
      }
    }
    assertThat(fromEnum).isEqualTo(allowed());
  }

  @Test
  void no_step_leaves_an_ended_case_and_every_open_state_has_one() {
    for (CaseState state : CaseState.values()) {
      boolean anyStep = Arrays.stream(Transition.values()).anyMatch(t -> t.from().contains(state));
      assertThat(anyStep).as(state.code()).isEqualTo(!state.isEnded());
    }
  }
}
