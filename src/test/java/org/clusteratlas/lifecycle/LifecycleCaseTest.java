package org.clusteratlas.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.clusteratlas.lifecycle.CaseFixture.ADMIN;
import static org.clusteratlas.lifecycle.CaseFixture.APPLIED_AT;
import static org.clusteratlas.lifecycle.CaseFixture.CLUSTER;
import static org.clusteratlas.lifecycle.CaseFixture.DOCS;
import static org.clusteratlas.lifecycle.CaseFixture.KIND;
import static org.clusteratlas.lifecycle.CaseFixture.NANCHANG;
import static org.clusteratlas.lifecycle.CaseFixture.NOTICE_ENDS;
import static org.clusteratlas.lifecycle.CaseFixture.NOTICE_STARTS;
import static org.clusteratlas.lifecycle.CaseFixture.ORGANISATION;
import static org.clusteratlas.lifecycle.CaseFixture.PROVINCIAL_SINCE;
import static org.clusteratlas.lifecycle.CaseFixture.RECOGNISED_ON;
import static org.clusteratlas.lifecycle.CaseFixture.RE_REVIEW_DUE;
import static org.clusteratlas.lifecycle.CaseFixture.days;
import static org.clusteratlas.lifecycle.CaseFixture.on;
import static org.clusteratlas.lifecycle.CaseFixture.refusal;
import static org.clusteratlas.lifecycle.CaseFixture.subject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The conditions of the steps beyond role and state: the expert review and its conflicts of
 * interest, the notice period, recognition, annual reports, re-reviews, promotion, demotion,
 * merger, revocation, and what each case awaits.
 */
class LifecycleCaseTest {

  // ---- opening ----------------------------------------------------------------------------------

  @Test
  void an_application_records_who_applied_when_and_on_which_documents() {
    LifecycleCase c =
        LifecycleCase.apply(subject(), KIND, NANCHANG, APPLIED_AT, " 申报省级先进制造业集群 ", DOCS);

    assertThat(c.state()).isEqualTo(CaseState.APPLIED);
    Step first = c.steps().get(0);
    assertThat(first.transition()).isEqualTo(Transition.APPLY);
    assertThat(first.from()).isNull();
    assertThat(first.actor()).isEqualTo(NANCHANG.actor());
    assertThat(first.at()).isEqualTo(APPLIED_AT);
    assertThat(first.on()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(first.reason()).isEqualTo("申报省级先进制造业集群");
    assertThat(first.documents()).isEqualTo(DOCS);
  }

  @Test
  void
      an_application_needs_a_document_and_is_refused_for_a_designation_held_or_already_applied_for() {
    assertThat(
            refusal(
                    () ->
                        LifecycleCase.apply(subject(), KIND, NANCHANG, APPLIED_AT, null, List.of()))
                .rule())
        .isEqualTo("lifecycle.document-missing");
    assertThat(
            refusal(
                    () ->
                        LifecycleCase.apply(
                            subject(),
                            DesignationKind.PROVINCIAL,
                            NANCHANG,
                            APPLIED_AT,
                            null,
                            DOCS))
                .rule())
        .isEqualTo("lifecycle.already-held");
    CaseSubject applying =
        new CaseSubject(
            CLUSTER,
            "南昌县测试产业集群",
            List.of("360121"),
            Map.of(DesignationKind.PROVINCIAL, PROVINCIAL_SINCE),
            Map.of(KIND, 5L));
    RuleViolation open =
        refusal(() -> LifecycleCase.apply(applying, KIND, NANCHANG, APPLIED_AT, null, DOCS));
    assertThat(open.rule()).isEqualTo("lifecycle.case-open");
    assertThat(open.argumentsAsText()[1]).isEqualTo("5");
  }

  @Test
  void a_designation_already_held_is_enrolled_as_recognised_on_the_day_it_was_granted() {
    LifecycleCase c =
        LifecycleCase.enrol(
            subject(), DesignationKind.PROVINCIAL, ADMIN, APPLIED_AT, null, List.of());

    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
    assertThat(c.recognisedOn()).contains(PROVINCIAL_SINCE);
    assertThat(c.reReviewDueOn()).contains(PROVINCIAL_SINCE.plusYears(3));
    assertThat(
            refusal(() -> LifecycleCase.enrol(subject(), KIND, ADMIN, APPLIED_AT, null, List.of()))
                .rule())
        .isEqualTo("lifecycle.not-held");
  }

  // ---- the expert review ------------------------------------------------------------------------

  @Test
  void a_conflicted_experts_score_is_kept_with_the_declaration_but_left_out_of_the_mean() {
    LifecycleCase c = CaseFixture.scored("80", "85", "90");

    c.recordExpertScore(
        ADMIN, days(2), "李教授", new BigDecimal("20"), "曾任该集群龙头企业顾问", null, List.of());

    assertThat(c.scores()).hasSize(4);
    ExpertScore excluded = c.scores().get(3);
    assertThat(excluded.counted()).isFalse();
    assertThat(excluded.conflictOfInterest()).isEqualTo("曾任该集群龙头企业顾问");
    assertThat(excluded.score()).isEqualByComparingTo("20");
    assertThat(c.reviewMean()).contains(new BigDecimal("85.00"));
    Step step = c.steps().get(c.steps().size() - 1);
    assertThat(step.details().score()).isEqualTo(excluded);
    assertThat(step.to()).isEqualTo(CaseState.UNDER_REVIEW);
  }

  @Test
  void a_blank_declaration_is_no_conflict_and_the_score_counts() {
    LifecycleCase c = CaseFixture.underReview();

    c.recordExpertScore(ADMIN, days(2), "王研究员", new BigDecimal("70.5"), "   ", null, List.of());

    assertThat(c.scores().get(0).counted()).isTrue();
    assertThat(c.reviewMean()).contains(new BigDecimal("70.50"));
  }

  @Test
  void conflicted_scores_do_not_make_up_the_three_a_review_needs() {
    LifecycleCase c = CaseFixture.scored("80", "85");
    c.recordExpertScore(ADMIN, days(2), "专家甲", new BigDecimal("95"), "本人持有申报企业股份", null, List.of());
    c.recordExpertScore(
        ADMIN, days(2), "专家乙", new BigDecimal("95"), "近三年与申报单位有合作", null, List.of());

    RuleViolation refused =
        refusal(
            () -> c.openPublicNotice(ADMIN, days(3), NOTICE_STARTS, NOTICE_ENDS, null, List.of()));

    assertThat(refused.rule()).isEqualTo("lifecycle.too-few-scores");
    assertThat(refused.rejectedValue()).isEqualTo("2");
    assertThat(refused.argumentsAsText()).containsExactly("3", "2");
    assertThat(refused.message(Locale.SIMPLIFIED_CHINESE)).contains("利益冲突");
    assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
  }

  @Test
  void a_review_whose_counted_mean_is_below_the_pass_mark_cannot_go_to_notice() {
    LifecycleCase c = CaseFixture.scored("50", "60", "65.5");

    RuleViolation refused =
        refusal(
            () -> c.openPublicNotice(ADMIN, days(3), NOTICE_STARTS, NOTICE_ENDS, null, List.of()));

    assertThat(refused.rule()).isEqualTo("lifecycle.review-below-pass");
    assertThat(refused.rejectedValue()).isEqualTo("58.50");
    assertThat(c.pending(ADMIN, LocalDate.of(2026, 3, 5))).contains(Transition.REJECT_REVIEW);
  }

  @Test
  void an_expert_scores_once_and_a_score_is_a_number_from_0_to_100_with_two_decimals_at_most() {
    LifecycleCase c = CaseFixture.scored("80");

    assertThat(
            refusal(
                    () ->
                        c.recordExpertScore(
                            ADMIN, days(2), "专家1", BigDecimal.TEN, null, null, List.of()))
                .rule())
        .isEqualTo("lifecycle.expert-already-scored");
    for (String bad : new String[] {"100.01", "-1", "80.125"}) {
      assertThat(
              refusal(
                      () ->
                          c.recordExpertScore(
                              ADMIN, days(2), "专家X", new BigDecimal(bad), null, null, List.of()))
                  .rule())
          .as(bad)
          .isEqualTo("lifecycle.score-range");
    }
    assertThat(
            refusal(
                    () ->
                        c.recordExpertScore(
                            ADMIN, days(2), " ", BigDecimal.TEN, null, null, List.of()))
                .rule())
        .isEqualTo("lifecycle.expert-name");
    c.recordExpertScore(ADMIN, days(2), "专家X", new BigDecimal("100.00"), null, null, List.of());
    assertThat(c.scores()).hasSize(2);
  }

  // ---- the public notice and recognition --------------------------------------------------------

  @Test
  void a_notice_lasts_at_least_five_days_counting_both_ends() {
    LifecycleCase shortNotice = CaseFixture.scored("80", "85", "90");
    RuleViolation refused =
        refusal(
            () ->
                shortNotice.openPublicNotice(
                    ADMIN, days(3), NOTICE_STARTS, NOTICE_STARTS.plusDays(3), null, List.of()));
    assertThat(refused.rule()).isEqualTo("lifecycle.notice-too-short");
    assertThat(refused.argumentsAsText()[1]).isEqualTo("4");

    LifecycleCase fiveDays = CaseFixture.scored("80", "85", "90");
    fiveDays.openPublicNotice(
        ADMIN, days(3), NOTICE_STARTS, NOTICE_STARTS.plusDays(4), null, List.of());
    assertThat(fiveDays.state()).isEqualTo(CaseState.IN_NOTICE);
    assertThat(fiveDays.noticeEndsOn()).contains(NOTICE_STARTS.plusDays(4));

    LifecycleCase noDates = CaseFixture.scored("80", "85", "90");
    assertThat(
            refusal(() -> noDates.openPublicNotice(ADMIN, days(3), null, null, null, List.of()))
                .rule())
        .isEqualTo("lifecycle.notice-dates-missing");
  }

  @Test
  void recognition_is_refused_until_the_notices_last_day_has_ended_in_beijing() {
    LifecycleCase c = CaseFixture.inNotice();
    Instant lastMinuteOfNotice = Instant.parse("2026-03-11T15:59:00Z");
    Instant midnightAfter = Instant.parse("2026-03-11T16:00:00Z");

    RuleViolation refused = refusal(() -> c.recognise(ADMIN, lastMinuteOfNotice, null, DOCS));
    assertThat(refused.rule()).isEqualTo("lifecycle.notice-not-ended");
    assertThat(refused.argumentsAsText()).containsExactly("2026-03-11", "2026-03-12");
    assertThat(c.state()).isEqualTo(CaseState.IN_NOTICE);
    assertThat(c.takeRegisterChanges()).isEmpty();

    c.recognise(ADMIN, midnightAfter, null, DOCS);
    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
    assertThat(c.recognisedOn()).contains(LocalDate.of(2026, 3, 12));
  }

  @Test
  void recognition_grants_the_designation_in_the_register_on_its_first_document() {
    LifecycleCase c = CaseFixture.inNotice();

    c.recognise(ADMIN, on(RECOGNISED_ON), "认定", List.of("赣工信字〔2026〕30号", "公示结果.pdf"));

    assertThat(c.takeRegisterChanges())
        .containsExactly(new RegisterChange(true, KIND, RECOGNISED_ON, "赣工信字〔2026〕30号", null));
    assertThat(c.reReviewDueOn()).contains(RE_REVIEW_DUE);
  }

  @Test
  void recognition_needs_its_document() {
    LifecycleCase c = CaseFixture.inNotice();

    assertThat(refusal(() -> c.recognise(ADMIN, on(RECOGNISED_ON), null, List.of())).rule())
        .isEqualTo("lifecycle.document-missing");
    assertThat(refusal(() -> c.recognise(ADMIN, on(RECOGNISED_ON), null, List.of(" "))).rule())
        .isEqualTo("lifecycle.document-invalid");
  }

  @Test
  void a_rejection_ends_the_case_with_its_reason_which_is_required() {
    LifecycleCase c = CaseFixture.inState(CaseState.APPLIED);

    assertThat(refusal(() -> c.rejectFormalCheck(ADMIN, days(1), "  ", List.of())).rule())
        .isEqualTo("lifecycle.reason-missing");
    c.rejectFormalCheck(ADMIN, days(1), "缺少统计部门出具的产值证明", List.of());

    assertThat(c.state()).isEqualTo(CaseState.REJECTED);
    assertThat(c.state().isEnded()).isTrue();
    assertThat(c.steps().get(c.steps().size() - 1).reason()).isEqualTo("缺少统计部门出具的产值证明");
  }

  // ---- while recognised -------------------------------------------------------------------------

  @Test
  void an_annual_report_is_filed_once_a_year_from_the_year_of_recognition_to_last_year() {
    LifecycleCase c = CaseFixture.recognised();
    Instant in2028 = on(LocalDate.of(2028, 2, 1));

    c.fileAnnualReport(NANCHANG, in2028, 2026, null, List.of("2026年度报告.pdf"));
    assertThat(c.steps().get(c.steps().size() - 1).details().year()).isEqualTo(2026);

    RuleViolation twice =
        refusal(() -> c.fileAnnualReport(ORGANISATION, in2028, 2026, null, List.of("again.pdf")));
    assertThat(twice.rule()).isEqualTo("lifecycle.report-filed");
    assertThat(refusal(() -> c.fileAnnualReport(NANCHANG, in2028, 2028, null, DOCS)).rule())
        .isEqualTo("lifecycle.year-range");
    assertThat(refusal(() -> c.fileAnnualReport(NANCHANG, in2028, 2025, null, DOCS)).rule())
        .isEqualTo("lifecycle.year-range");
    assertThat(refusal(() -> c.fileAnnualReport(NANCHANG, in2028, null, null, DOCS)).rule())
        .isEqualTo("lifecycle.year-missing");
    assertThat(refusal(() -> c.fileAnnualReport(NANCHANG, in2028, 2027, null, List.of())).rule())
        .isEqualTo("lifecycle.document-missing");
  }

  @Test
  void an_evaluation_is_recorded_once_a_year_with_its_grade() {
    LifecycleCase c = CaseFixture.recognised();
    Instant in2027 = on(LocalDate.of(2027, 4, 1));

    c.recordEvaluation(ADMIN, in2027, 2026, EvaluationGrade.UNQUALIFIED, null, List.of());

    assertThat(c.evaluation(2026)).contains(EvaluationGrade.UNQUALIFIED);
    assertThat(
            refusal(
                    () ->
                        c.recordEvaluation(
                            ADMIN, in2027, 2026, EvaluationGrade.GOOD, null, List.of()))
                .rule())
        .isEqualTo("lifecycle.evaluation-recorded");
    Instant in2028 = on(LocalDate.of(2028, 4, 1));
    assertThat(refusal(() -> c.recordEvaluation(ADMIN, in2028, 2027, null, null, List.of())).rule())
        .isEqualTo("lifecycle.grade-missing");
    assertThat(c.evaluation(2027)).isEmpty();
    assertThat(refusal(() -> EvaluationGrade.ofCode("excellent!")).rule())
        .isEqualTo("lifecycle.grade");
  }

  @Test
  void a_re_review_is_refused_before_it_is_due_three_years_after_recognition() {
    LifecycleCase c = CaseFixture.recognised();

    RuleViolation early =
        refusal(() -> c.startReReview(ADMIN, on(RE_REVIEW_DUE.minusDays(1)), null, List.of()));
    assertThat(early.rule()).isEqualTo("lifecycle.re-review-not-due");
    assertThat(early.argumentsAsText()).containsExactly("2029-03-14", "2026-03-14");

    c.startReReview(ADMIN, on(RE_REVIEW_DUE), null, List.of());
    c.passReReview(ADMIN, on(RE_REVIEW_DUE.plusDays(40)), "复核合格", List.of());

    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
    assertThat(c.reReviewDueOn()).contains(RE_REVIEW_DUE.plusDays(40).plusYears(3));
  }

  @Test
  void a_warning_needs_a_reason_and_is_lifted_with_one() {
    LifecycleCase c = CaseFixture.recognised();
    Instant at = on(LocalDate.of(2027, 5, 1));

    assertThat(refusal(() -> c.warn(ADMIN, at, null, List.of())).rule())
        .isEqualTo("lifecycle.reason-missing");
    c.warn(ADMIN, at, "2026 年度评价不合格", List.of());
    assertThat(c.state()).isEqualTo(CaseState.WARNED);
    c.liftWarning(ADMIN, at.plusSeconds(86_400 * 300L), "整改到位，2027 年度评价合格", List.of());
    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
  }

  @Test
  void a_promotion_opens_an_application_for_a_rung_directly_above_and_the_case_stays_recognised() {
    LifecycleCase c = CaseFixture.recognised();
    Instant at = on(LocalDate.of(2027, 6, 1));

    RuleViolation skipped =
        refusal(() -> c.promote(ADMIN, at, DesignationKind.NATIONAL_SME_CHARACTERISTIC, "x", DOCS));
    assertThat(skipped.rule()).isEqualTo("lifecycle.promotion-target");
    assertThat(skipped.argumentsAsText()[1]).isEqualTo("national_advanced_manufacturing");

    c.promote(ADMIN, at, DesignationKind.NATIONAL_ADVANCED_MANUFACTURING, "推荐申报国家级", DOCS);

    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
    LifecycleCase opened = c.promoted().orElseThrow();
    assertThat(opened.kind()).isEqualTo(DesignationKind.NATIONAL_ADVANCED_MANUFACTURING);
    assertThat(opened.state()).isEqualTo(CaseState.APPLIED);
    Step first = opened.steps().get(0);
    assertThat(first.transition()).isEqualTo(Transition.PROMOTE);
    assertThat(first.details().relatedCase()).isEqualTo(CaseFixture.CASE_ID);
    assertThat(first.details().relatedKind()).isEqualTo(KIND);
    assertThat(c.takeRegisterChanges()).isEmpty();
  }

  @Test
  void a_demotion_revokes_the_designation_and_grants_the_rung_below_only_when_it_is_not_held() {
    LifecycleCase c = CaseFixture.recognised();
    LocalDate day = LocalDate.of(2027, 6, 1);

    c.demote(ADMIN, on(day), "连续两年评价不合格", DOCS);

    assertThat(c.state()).isEqualTo(CaseState.DEMOTED);
    assertThat(c.takeRegisterChanges())
        .containsExactly(new RegisterChange(false, KIND, day, DOCS.get(0), "连续两年评价不合格"));

    LifecycleCase provincialOnly =
        LifecycleCase.enrol(
            new CaseSubject(
                CLUSTER,
                "只有省级认定的集群",
                List.of("360121"),
                Map.of(DesignationKind.NATIONAL_SME_CHARACTERISTIC, LocalDate.of(2023, 1, 1)),
                Map.of()),
            DesignationKind.NATIONAL_SME_CHARACTERISTIC,
            ADMIN,
            APPLIED_AT,
            null,
            List.of());
    provincialOnly.demote(ADMIN, on(day), "不再符合国家级条件", DOCS);
    assertThat(provincialOnly.takeRegisterChanges())
        .extracting(RegisterChange::grant, RegisterChange::kind)
        .containsExactly(
            tuple(false, DesignationKind.NATIONAL_SME_CHARACTERISTIC),
            tuple(true, DesignationKind.PROVINCIAL));
  }

  @Test
  void a_municipal_designation_has_no_rung_below_so_it_is_revoked_rather_than_demoted() {
    LifecycleCase c =
        LifecycleCase.enrol(
            subject(Map.of(DesignationKind.MUNICIPAL, LocalDate.of(2018, 1, 1))),
            DesignationKind.MUNICIPAL,
            ADMIN,
            APPLIED_AT,
            null,
            List.of());

    assertThat(refusal(() -> c.demote(ADMIN, APPLIED_AT, "x", DOCS)).rule())
        .isEqualTo("lifecycle.no-lower-rung");
    assertThat(c.state()).isEqualTo(CaseState.RECOGNISED);
  }

  @Test
  void a_merger_names_a_known_other_cluster_and_revokes_the_designation() {
    LifecycleCase c = CaseFixture.recognised();
    Instant at = on(LocalDate.of(2027, 6, 1));

    assertThat(refusal(() -> c.merge(ADMIN, at, null, Optional.empty(), "x", DOCS)).rule())
        .isEqualTo("lifecycle.merge-target-missing");
    assertThat(refusal(() -> c.merge(ADMIN, at, 999L, Optional.empty(), "x", DOCS)).rule())
        .isEqualTo("lifecycle.merge-target-unknown");
    assertThat(
            refusal(() -> c.merge(ADMIN, at, CLUSTER.value(), Optional.of("自身"), "x", DOCS)).rule())
        .isEqualTo("lifecycle.merge-into-self");

    c.merge(ADMIN, at, 12L, Optional.of("南昌另一产业集群"), "并入南昌另一产业集群", DOCS);

    assertThat(c.state()).isEqualTo(CaseState.MERGED);
    assertThat(c.steps().get(c.steps().size() - 1).details().relatedCluster()).isEqualTo(12L);
    assertThat(c.takeRegisterChanges()).extracting(RegisterChange::grant).containsExactly(false);
  }

  @Test
  void a_revocation_needs_a_reason_and_a_document_and_a_designation_still_held() {
    LifecycleCase c = CaseFixture.recognised();
    Instant at = on(LocalDate.of(2027, 6, 1));

    assertThat(refusal(() -> c.revoke(ADMIN, at, null, DOCS)).rule())
        .isEqualTo("lifecycle.reason-missing");
    assertThat(refusal(() -> c.revoke(ADMIN, at, "事故", List.of())).rule())
        .isEqualTo("lifecycle.document-missing");
    LifecycleCase revokedElsewhere = CaseFixture.reload(c, subject());
    assertThat(refusal(() -> revokedElsewhere.revoke(ADMIN, at, "事故", DOCS)).rule())
        .isEqualTo("lifecycle.not-held");

    c.revoke(ADMIN, at, "发生重大安全事故", DOCS);
    assertThat(c.state()).isEqualTo(CaseState.REVOKED);
    assertThat(c.reReviewDueOn()).isEmpty();
  }

  // ---- what is pending --------------------------------------------------------------------------

  @Test
  void an_application_awaits_the_province_and_nobody_else() {
    LifecycleCase c = CaseFixture.applied();
    LocalDate today = LocalDate.of(2026, 3, 3);

    assertThat(c.pending(ADMIN, today))
        .containsExactly(Transition.PASS_FORMAL_CHECK, Transition.REJECT_FORMAL_CHECK);
    assertThat(c.pending(NANCHANG, today)).isEmpty();
    assertThat(c.pending(CaseFixture.VIEWER, today)).isEmpty();
  }

  @Test
  void a_notice_awaits_recognition_only_once_it_has_ended() {
    LifecycleCase c = CaseFixture.inNotice();

    assertThat(c.pending(ADMIN, NOTICE_ENDS)).isEmpty();
    assertThat(c.pending(ADMIN, NOTICE_ENDS.plusDays(1))).containsExactly(Transition.RECOGNISE);
  }

  @Test
  void
      last_years_annual_report_awaits_the_bureau_and_the_organisation_and_the_re_review_the_province() {
    LifecycleCase c = CaseFixture.recognised();

    assertThat(c.pending(NANCHANG, LocalDate.of(2027, 1, 5)))
        .containsExactly(Transition.FILE_ANNUAL_REPORT);
    assertThat(c.pending(ORGANISATION, LocalDate.of(2027, 1, 5)))
        .containsExactly(Transition.FILE_ANNUAL_REPORT);
    assertThat(c.pending(CaseFixture.GANZHOU, LocalDate.of(2027, 1, 5))).isEmpty();
    assertThat(c.pending(ADMIN, LocalDate.of(2027, 1, 5))).isEmpty();
    assertThat(c.pending(ADMIN, RE_REVIEW_DUE)).containsExactly(Transition.START_RE_REVIEW);

    c.fileAnnualReport(ORGANISATION, on(LocalDate.of(2027, 1, 5)), 2026, null, DOCS);
    assertThat(c.pending(NANCHANG, LocalDate.of(2027, 1, 6))).isEmpty();
  }

  @Test
  void
      an_unqualified_grade_awaits_a_warning_and_another_one_while_warned_awaits_demotion_or_revocation() {
    LifecycleCase c = CaseFixture.recognised();
    c.recordEvaluation(
        ADMIN, on(LocalDate.of(2027, 4, 1)), 2026, EvaluationGrade.UNQUALIFIED, null, List.of());
    assertThat(c.pending(ADMIN, LocalDate.of(2027, 4, 2))).containsExactly(Transition.WARN);

    c.warn(ADMIN, on(LocalDate.of(2027, 4, 2)), "2026 年度评价不合格", List.of());
    assertThat(c.pending(ADMIN, LocalDate.of(2027, 4, 3))).isEmpty();

    c.recordEvaluation(
        ADMIN, on(LocalDate.of(2028, 4, 1)), 2027, EvaluationGrade.UNQUALIFIED, null, List.of());
    assertThat(c.pending(ADMIN, LocalDate.of(2028, 4, 2)))
        .containsExactly(Transition.DEMOTE, Transition.REVOKE);
  }

  @Test
  void a_case_rebuilt_from_a_history_whose_last_step_disagrees_with_the_stored_state_is_refused() {
    LifecycleCase c = CaseFixture.applied();

    assertThatThrownBy(
            () ->
                LifecycleCase.restore(
                    1, subject(), KIND, APPLIED_AT, CaseState.RECOGNISED, c.steps()))
        .isInstanceOf(IllegalStateException.class);
  }
}
