package org.clusteratlas.lifecycle;

import static org.clusteratlas.lifecycle.Transition.APPLY;
import static org.clusteratlas.lifecycle.Transition.DEMOTE;
import static org.clusteratlas.lifecycle.Transition.ENROL;
import static org.clusteratlas.lifecycle.Transition.FILE_ANNUAL_REPORT;
import static org.clusteratlas.lifecycle.Transition.LIFT_WARNING;
import static org.clusteratlas.lifecycle.Transition.MERGE;
import static org.clusteratlas.lifecycle.Transition.OPEN_PUBLIC_NOTICE;
import static org.clusteratlas.lifecycle.Transition.PASS_FORMAL_CHECK;
import static org.clusteratlas.lifecycle.Transition.PASS_RE_REVIEW;
import static org.clusteratlas.lifecycle.Transition.PROMOTE;
import static org.clusteratlas.lifecycle.Transition.RECOGNISE;
import static org.clusteratlas.lifecycle.Transition.RECORD_EVALUATION;
import static org.clusteratlas.lifecycle.Transition.RECORD_EXPERT_SCORE;
import static org.clusteratlas.lifecycle.Transition.REJECT_FORMAL_CHECK;
import static org.clusteratlas.lifecycle.Transition.REJECT_NOTICE;
import static org.clusteratlas.lifecycle.Transition.REJECT_REVIEW;
import static org.clusteratlas.lifecycle.Transition.REVOKE;
import static org.clusteratlas.lifecycle.Transition.START_RE_REVIEW;
import static org.clusteratlas.lifecycle.Transition.WARN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;

/**
 * One cluster's path to, or within, one designation kind. It changes only through its named steps
 * ({@link #apply}, {@link #passFormalCheck}, {@link #recordExpertScore}, {@link #openPublicNotice},
 * {@link #recognise}, {@link #fileAnnualReport}, {@link #startReReview}, {@link #warn}, {@link
 * #demote}, {@link #merge}, {@link #revoke} …). Each checks, in this order, that the caller's role
 * may take it, that the caller answers for the cluster, that the case's state allows it, and then
 * its own conditions; a refusal is a {@link RuleViolation} and changes nothing. A step taken is
 * recorded as a {@link Step}; a step that changes the register leaves a {@link RegisterChange} for
 * the service to make.
 */
public final class LifecycleCase {

  /** Days are Beijing days, whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The fewest counted (unconflicted) expert scores a review needs before the notice. */
  public static final int MINIMUM_COUNTED_SCORES = 3;

  /** The mean of the counted scores a review needs to pass, out of 100. */
  public static final BigDecimal PASS_MARK = new BigDecimal("60");

  /** The shortest public notice, in days, first and last day included. */
  public static final int MINIMUM_NOTICE_DAYS = 5;

  /** A re-review (复核) is due this many years after recognition and after each passed one. */
  public static final int RE_REVIEW_YEARS = 3;

  static final int REASON_MAX = 2000;
  static final int DOCUMENT_MAX = 200;
  static final int DOCUMENTS_MAX = 20;
  static final int EXPERT_MAX = 100;

  private Long id;
  private final CaseSubject subject;
  private final DesignationKind kind;
  private final Instant openedAt;
  private CaseState state;
  private final List<Step> steps = new ArrayList<>();
  private int storedSteps;
  private final List<RegisterChange> registerChanges = new ArrayList<>();
  private LifecycleCase promoted;

  private LifecycleCase(Long id, CaseSubject subject, DesignationKind kind, Instant openedAt) {
    this.id = id;
    this.subject = subject;
    this.kind = kind;
    this.openedAt = openedAt;
  }

  /** A stored case with its history; its state is the last step's. */
  static LifecycleCase restore(
      long id,
      CaseSubject subject,
      DesignationKind kind,
      Instant openedAt,
      CaseState storedState,
      List<Step> history) {
    if (history.isEmpty() || history.get(history.size() - 1).to() != storedState) {
      throw new IllegalStateException("case " + id + ": its state is not its last step's");
    }
    LifecycleCase c = new LifecycleCase(id, subject, kind, openedAt);
    c.steps.addAll(history);
    c.storedSteps = history.size();
    c.state = storedState;
    return c;
  }

  // ---- opening a case -------------------------------------------------------------------------

  /** 申报: a city or county bureau applies for a cluster hosted within its region. */
  static LifecycleCase apply(
      CaseSubject subject,
      DesignationKind kind,
      Caller caller,
      Instant at,
      String reason,
      List<String> documents) {
    permit(APPLY, caller, subject);
    requireNeitherHeldNorOpen(subject, kind);
    String why = reason(APPLY, reason, false);
    List<String> docs = documents(APPLY, documents, true);
    LifecycleCase c = new LifecycleCase(null, subject, kind, at);
    c.record(APPLY, CaseState.APPLIED, caller, at, day(at), why, docs, StepDetails.NONE);
    return c;
  }

  /**
   * 纳入动态管理: a designation the register already holds (e.g. one of the 118 provincial clusters)
   * enters the lifecycle as recognised on the day it was granted, so it can be reported on,
   * evaluated, re-reviewed, warned, demoted, merged or revoked.
   */
  static LifecycleCase enrol(
      CaseSubject subject,
      DesignationKind kind,
      Caller caller,
      Instant at,
      String reason,
      List<String> documents) {
    permit(ENROL, caller, subject);
    LocalDate since = subject.held().get(kind);
    if (since == null) {
      throw new RuleViolation("lifecycle.not-held", kind.code(), subject.name());
    }
    requireNoOpenCase(subject, kind);
    String why = reason(ENROL, reason, false);
    List<String> docs = documents(ENROL, documents, false);
    LifecycleCase c = new LifecycleCase(null, subject, kind, at);
    c.record(ENROL, CaseState.RECOGNISED, caller, at, since, why, docs, StepDetails.NONE);
    return c;
  }

  // ---- application, review, notice, recognition -----------------------------------------------

  /** 形式审查通过: the application is complete; the expert review starts. */
  void passFormalCheck(Caller caller, Instant at, String reason, List<String> documents) {
    check(PASS_FORMAL_CHECK, caller);
    step(PASS_FORMAL_CHECK, caller, at, reason, false, documents, false, StepDetails.NONE);
  }

  /** 形式审查不通过: the case ends, with the reason. */
  void rejectFormalCheck(Caller caller, Instant at, String reason, List<String> documents) {
    check(REJECT_FORMAL_CHECK, caller);
    step(REJECT_FORMAL_CHECK, caller, at, reason, true, documents, false, StepDetails.NONE);
  }

  /**
   * Records one expert's score (0–100, at most two decimals) and the conflict of interest the
   * expert declared, if any. A conflicted expert's score is kept with the declaration but not
   * counted. Each expert scores a case once.
   */
  void recordExpertScore(
      Caller caller,
      Instant at,
      String expert,
      BigDecimal score,
      String conflictOfInterest,
      String reason,
      List<String> documents) {
    check(RECORD_EXPERT_SCORE, caller);
    String name = expert == null ? "" : expert.strip();
    if (name.isEmpty() || name.length() > EXPERT_MAX) {
      throw new RuleViolation("lifecycle.expert-name", name, EXPERT_MAX);
    }
    if (scores().stream().anyMatch(s -> s.expert().equals(name))) {
      throw new RuleViolation("lifecycle.expert-already-scored", name, id());
    }
    if (score == null
        || score.signum() < 0
        || score.compareTo(BigDecimal.valueOf(100)) > 0
        || score.stripTrailingZeros().scale() > 2) {
      throw new RuleViolation(
          "lifecycle.score-range", score == null ? null : score.toPlainString(), name);
    }
    String conflict = text(conflictOfInterest);
    if (conflict != null && conflict.length() > REASON_MAX) {
      throw new RuleViolation("lifecycle.reason-too-long", conflict.length(), REASON_MAX);
    }
    ExpertScore recorded =
        new ExpertScore(name, score.setScale(2, RoundingMode.UNNECESSARY), conflict);
    step(
        RECORD_EXPERT_SCORE,
        caller,
        at,
        reason,
        false,
        documents,
        false,
        StepDetails.score(recorded));
  }

  /** 专家评审不通过: the case ends, with the reason. */
  void rejectReview(Caller caller, Instant at, String reason, List<String> documents) {
    check(REJECT_REVIEW, caller);
    step(REJECT_REVIEW, caller, at, reason, true, documents, false, StepDetails.NONE);
  }

  /**
   * 公示: opens the public notice from {@code startsOn} to {@code endsOn} (both included, at least
   * {@value #MINIMUM_NOTICE_DAYS} days), as published — it may be recorded after it started. Needs
   * at least {@value #MINIMUM_COUNTED_SCORES} counted scores with a mean of at least {@link
   * #PASS_MARK}.
   */
  void openPublicNotice(
      Caller caller,
      Instant at,
      LocalDate startsOn,
      LocalDate endsOn,
      String reason,
      List<String> documents) {
    check(OPEN_PUBLIC_NOTICE, caller);
    List<ExpertScore> all = scores();
    long counted = all.stream().filter(ExpertScore::counted).count();
    if (counted < MINIMUM_COUNTED_SCORES) {
      throw new RuleViolation(
          "lifecycle.too-few-scores", counted, MINIMUM_COUNTED_SCORES, all.size() - counted);
    }
    BigDecimal mean = reviewMean().orElseThrow();
    if (mean.compareTo(PASS_MARK) < 0) {
      throw new RuleViolation("lifecycle.review-below-pass", mean, PASS_MARK);
    }
    if (startsOn == null || endsOn == null) {
      throw new RuleViolation("lifecycle.notice-dates-missing", id());
    }
    long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    if (days < MINIMUM_NOTICE_DAYS) {
      throw new RuleViolation(
          "lifecycle.notice-too-short", endsOn, startsOn, days, MINIMUM_NOTICE_DAYS);
    }
    step(
        OPEN_PUBLIC_NOTICE,
        caller,
        at,
        reason,
        false,
        documents,
        false,
        StepDetails.notice(startsOn, endsOn));
  }

  /** 公示异议成立: an objection raised during the notice is upheld; the case ends. */
  void rejectNotice(Caller caller, Instant at, String reason, List<String> documents) {
    check(REJECT_NOTICE, caller);
    step(REJECT_NOTICE, caller, at, reason, true, documents, false, StepDetails.NONE);
  }

  /**
   * 认定: grants the designation in the register from today, on the first document (the recognition's
   * 文号). Refused until the day after the notice's last day.
   */
  void recognise(Caller caller, Instant at, String reason, List<String> documents) {
    check(RECOGNISE, caller);
    LocalDate today = day(at);
    LocalDate endsOn = noticeEndsOn().orElseThrow();
    if (!today.isAfter(endsOn)) {
      throw new RuleViolation("lifecycle.notice-not-ended", today, endsOn, endsOn.plusDays(1));
    }
    if (subject.holds(kind)) {
      throw new RuleViolation(
          "lifecycle.already-held", kind.code(), subject.name(), subject.held().get(kind));
    }
    Step step = step(RECOGNISE, caller, at, reason, false, documents, true, StepDetails.NONE);
    registerChanges.add(new RegisterChange(true, kind, today, step.documents().get(0), null));
  }

  // ---- while recognised ------------------------------------------------------------------------

  /**
   * 年度报告: the annual report for {@code year}, from the year of recognition to last year, once each;
   * the report itself is the first document.
   */
  void fileAnnualReport(
      Caller caller, Instant at, Integer year, String reason, List<String> documents) {
    check(FILE_ANNUAL_REPORT, caller);
    requireYear(FILE_ANNUAL_REPORT, year, at);
    steps.stream()
        .filter(s -> s.transition() == FILE_ANNUAL_REPORT && year.equals(s.details().year()))
        .findFirst()
        .ifPresent(
            s -> {
              throw new RuleViolation("lifecycle.report-filed", year, s.on());
            });
    step(
        FILE_ANNUAL_REPORT,
        caller,
        at,
        reason,
        false,
        documents,
        true,
        StepDetails.year(year, null));
  }

  /** Records the grade of the year's comprehensive evaluation, once a year. */
  void recordEvaluation(
      Caller caller,
      Instant at,
      Integer year,
      EvaluationGrade grade,
      String reason,
      List<String> documents) {
    check(RECORD_EVALUATION, caller);
    requireYear(RECORD_EVALUATION, year, at);
    if (grade == null) {
      throw new RuleViolation("lifecycle.grade-missing", year);
    }
    evaluation(year)
        .ifPresent(
            g -> {
              throw new RuleViolation("lifecycle.evaluation-recorded", year, g.code());
            });
    step(
        RECORD_EVALUATION,
        caller,
        at,
        reason,
        false,
        documents,
        false,
        StepDetails.year(year, grade));
  }

  /** 复核: starts the re-review, refused before it is due ({@link #reReviewDueOn()}). */
  void startReReview(Caller caller, Instant at, String reason, List<String> documents) {
    check(START_RE_REVIEW, caller);
    LocalDate today = day(at);
    LocalDate due = reReviewDueOn().orElseThrow();
    if (today.isBefore(due)) {
      throw new RuleViolation(
          "lifecycle.re-review-not-due", today, due, due.minusYears(RE_REVIEW_YEARS));
    }
    step(START_RE_REVIEW, caller, at, reason, false, documents, false, StepDetails.NONE);
  }

  /** 复核通过: back to recognised (a warning lifted); the next re-review is due in three years. */
  void passReReview(Caller caller, Instant at, String reason, List<String> documents) {
    check(PASS_RE_REVIEW, caller);
    step(PASS_RE_REVIEW, caller, at, reason, false, documents, false, StepDetails.NONE);
  }

  /** 黄牌警告, with the reason (e.g. graded 不合格). */
  void warn(Caller caller, Instant at, String reason, List<String> documents) {
    check(WARN, caller);
    step(WARN, caller, at, reason, true, documents, false, StepDetails.NONE);
  }

  /** Lifts a warning once the cluster has improved, with the reason. */
  void liftWarning(Caller caller, Instant at, String reason, List<String> documents) {
    check(LIFT_WARNING, caller);
    step(LIFT_WARNING, caller, at, reason, true, documents, false, StepDetails.NONE);
  }

  /**
   * 推荐晋级: puts the cluster forward for a rung directly above this case's ({@code toKind}), opening
   * a case for it as applied ({@link #promoted()}); this case stays recognised.
   */
  void promote(
      Caller caller, Instant at, DesignationKind toKind, String reason, List<String> documents) {
    check(PROMOTE, caller);
    if (toKind == null || !Ladder.above(kind).contains(toKind)) {
      throw new RuleViolation(
          "lifecycle.promotion-target",
          toKind == null ? null : toKind.code(),
          kind.code(),
          Ladder.above(kind).stream()
              .sorted()
              .map(DesignationKind::code)
              .collect(Collectors.joining(", ")));
    }
    requireNeitherHeldNorOpen(subject, toKind);
    String why = reason(PROMOTE, reason, true);
    List<String> docs = documents(PROMOTE, documents, true);
    LifecycleCase opened = new LifecycleCase(null, subject, toKind, at);
    opened.record(
        PROMOTE,
        CaseState.APPLIED,
        caller,
        at,
        day(at),
        why,
        docs,
        StepDetails.related(kind, null, id));
    record(PROMOTE, state, caller, at, day(at), why, docs, StepDetails.related(toKind, null, null));
    promoted = opened;
  }

  /**
   * 降级: revokes the designation and, when the cluster lacks it, grants the rung below; the case
   * ends. Refused for a municipal designation, which has no rung below (revoke it instead).
   */
  void demote(Caller caller, Instant at, String reason, List<String> documents) {
    check(DEMOTE, caller);
    DesignationKind lower =
        Ladder.below(kind)
            .orElseThrow(() -> new RuleViolation("lifecycle.no-lower-rung", kind.code()));
    requireHeld();
    Step step =
        step(
            DEMOTE,
            caller,
            at,
            reason,
            true,
            documents,
            true,
            StepDetails.related(lower, null, null));
    String document = step.documents().get(0);
    registerChanges.add(new RegisterChange(false, kind, step.on(), document, step.reason()));
    if (!subject.holds(lower)) {
      registerChanges.add(new RegisterChange(true, lower, step.on(), document, null));
    }
  }

  /**
   * 合并: the cluster merges into {@code into} (known to the register when {@code intoName} is
   * present); its designation is revoked and the case ends.
   */
  void merge(
      Caller caller,
      Instant at,
      Long into,
      Optional<String> intoName,
      String reason,
      List<String> documents) {
    check(MERGE, caller);
    if (into == null) {
      throw new RuleViolation("lifecycle.merge-target-missing", id());
    }
    if (intoName.isEmpty()) {
      throw new RuleViolation("lifecycle.merge-target-unknown", into);
    }
    if (into == subject.cluster().value()) {
      throw new RuleViolation("lifecycle.merge-into-self", into, subject.name());
    }
    requireHeld();
    Step step =
        step(
            MERGE,
            caller,
            at,
            reason,
            true,
            documents,
            true,
            StepDetails.related(null, into, null));
    registerChanges.add(
        new RegisterChange(false, kind, step.on(), step.documents().get(0), step.reason()));
  }

  /** 撤销认定: revokes the designation in the register from today; the case ends. */
  void revoke(Caller caller, Instant at, String reason, List<String> documents) {
    check(REVOKE, caller);
    requireHeld();
    Step step = step(REVOKE, caller, at, reason, true, documents, true, StepDetails.NONE);
    registerChanges.add(
        new RegisterChange(false, kind, step.on(), step.documents().get(0), step.reason()));
  }

  // ---- what is pending -------------------------------------------------------------------------

  /**
   * The steps this case awaits that {@code caller} may take on {@code today}: the formal check of
   * an application; the scores, then the notice or the rejection, of a review; the recognition once
   * the notice has ended; last year's annual report; a re-review that is due and its outcome; a
   * warning after a 不合格 grade, and demotion or revocation after another one while warned.
   */
  public List<Transition> pending(Caller caller, LocalDate today) {
    List<Transition> expected = new ArrayList<>();
    switch (state) {
      case APPLIED -> expected.addAll(List.of(PASS_FORMAL_CHECK, REJECT_FORMAL_CHECK));
      case UNDER_REVIEW -> {
        expected.add(RECORD_EXPERT_SCORE);
        if (scores().stream().filter(ExpertScore::counted).count() >= MINIMUM_COUNTED_SCORES) {
          expected.add(
              reviewMean().orElseThrow().compareTo(PASS_MARK) >= 0
                  ? OPEN_PUBLIC_NOTICE
                  : REJECT_REVIEW);
        }
      }
      case IN_NOTICE -> {
        if (today.isAfter(noticeEndsOn().orElseThrow())) {
          expected.add(RECOGNISE);
        }
      }
      case RECOGNISED, WARNED, RE_REVIEW -> {
        int lastYear = today.getYear() - 1;
        if (lastYear >= recognisedOn().orElseThrow().getYear()
            && steps.stream()
                .noneMatch(
                    s ->
                        s.transition() == FILE_ANNUAL_REPORT
                            && Integer.valueOf(lastYear).equals(s.details().year()))) {
          expected.add(FILE_ANNUAL_REPORT);
        }
        if (state != CaseState.RE_REVIEW && !today.isBefore(reReviewDueOn().orElseThrow())) {
          expected.add(START_RE_REVIEW);
        }
        if (state == CaseState.RE_REVIEW) {
          expected.addAll(List.of(PASS_RE_REVIEW, WARN, DEMOTE, REVOKE));
        } else if (unqualifiedSinceLast(state == CaseState.WARNED ? WARN : PASS_RE_REVIEW)) {
          expected.addAll(state == CaseState.WARNED ? List.of(DEMOTE, REVOKE) : List.of(WARN));
        }
      }
      default -> {
        // an ended case awaits nothing
      }
    }
    return expected.stream()
        .filter(t -> t.roles().contains(caller.actor().role()) && caller.answersFor(subject))
        .toList();
  }

  /** Whether the latest evaluation is 不合格 and was recorded after the latest {@code since} step. */
  private boolean unqualifiedSinceLast(Transition since) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step s = steps.get(i);
      if (s.transition() == since) {
        return false;
      }
      if (s.transition() == RECORD_EVALUATION) {
        return s.details().grade() == EvaluationGrade.UNQUALIFIED;
      }
    }
    return false;
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** The case's id; null until stored. */
  public Long id() {
    return id;
  }

  public CaseSubject subject() {
    return subject;
  }

  public DesignationKind kind() {
    return kind;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public CaseState state() {
    return state;
  }

  /** The whole history, oldest first. */
  public List<Step> steps() {
    return Collections.unmodifiableList(steps);
  }

  /** Every expert score recorded, in order, counted or not. */
  public List<ExpertScore> scores() {
    return steps.stream()
        .filter(s -> s.transition() == RECORD_EXPERT_SCORE)
        .map(s -> s.details().score())
        .toList();
  }

  /** The mean of the counted scores, to two decimals; empty while none counts. */
  public Optional<BigDecimal> reviewMean() {
    List<BigDecimal> counted =
        scores().stream().filter(ExpertScore::counted).map(ExpertScore::score).toList();
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        counted.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP));
  }

  /** The first day of the latest public notice. */
  public Optional<LocalDate> noticeStartsOn() {
    return latest(OPEN_PUBLIC_NOTICE).map(s -> s.details().noticeStartsOn());
  }

  /** The last day of the latest public notice, included. */
  public Optional<LocalDate> noticeEndsOn() {
    return latest(OPEN_PUBLIC_NOTICE).map(s -> s.details().noticeEndsOn());
  }

  /** The day the designation was recognised (or, for an enrolled case, granted). */
  public Optional<LocalDate> recognisedOn() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step s = steps.get(i);
      if (s.transition() == RECOGNISE || s.transition() == ENROL) {
        return Optional.of(s.on());
      }
    }
    return Optional.empty();
  }

  /**
   * The day the next re-review is due: three years after recognition or after the latest passed
   * re-review; empty unless the designation is held under this case.
   */
  public Optional<LocalDate> reReviewDueOn() {
    if (state.isEnded() || recognisedOn().isEmpty()) {
      return Optional.empty();
    }
    LocalDate base = latest(PASS_RE_REVIEW).map(Step::on).orElse(recognisedOn().orElseThrow());
    return Optional.of(base.plusYears(RE_REVIEW_YEARS));
  }

  /** The grade recorded for {@code year}'s evaluation. */
  public Optional<EvaluationGrade> evaluation(int year) {
    return steps.stream()
        .filter(s -> s.transition() == RECORD_EVALUATION && s.details().year() == year)
        .map(s -> s.details().grade())
        .findFirst();
  }

  /** The case a promotion taken in this session opened, to be stored with this one. */
  Optional<LifecycleCase> promoted() {
    return Optional.ofNullable(promoted);
  }

  /** The steps taken since loading, to be stored. */
  List<Step> newSteps() {
    return List.copyOf(steps.subList(storedSteps, steps.size()));
  }

  /** Replaces a new step, e.g. to name the case a promotion opened once it has an id. */
  void replaceNewStep(Step step) {
    int index = step.seq() - 1;
    if (index < storedSteps || steps.get(index).transition() != step.transition()) {
      throw new IllegalStateException("only a new step may be completed");
    }
    steps.set(index, step);
  }

  /** Marks every step stored, after the service wrote them. */
  void markStored(long storedId) {
    if (id != null && id != storedId) {
      throw new IllegalStateException("case " + id + " stored as " + storedId);
    }
    id = storedId;
    storedSteps = steps.size();
  }

  /** The register changes of the steps taken since loading, for the service to make. */
  List<RegisterChange> takeRegisterChanges() {
    List<RegisterChange> taken = List.copyOf(registerChanges);
    registerChanges.clear();
    return taken;
  }

  // ---- the checks and the record ---------------------------------------------------------------

  /** The day of {@code at} in Beijing. */
  static LocalDate day(Instant at) {
    return at.atZone(ZONE).toLocalDate();
  }

  /** The role may take the step, and the caller answers for the cluster. */
  private static void permit(Transition t, Caller caller, CaseSubject subject) {
    Actor actor = caller.actor();
    String role = actor.role().name().toLowerCase(Locale.ROOT);
    if (!t.roles().contains(actor.role())) {
      throw new RuleViolation(
          "lifecycle.role-forbidden", t.code(), actor.name(), role, t.chineseName(), t.roleCodes());
    }
    if (!caller.answersFor(subject)) {
      throw new RuleViolation(
          "lifecycle.scope-forbidden",
          t.code(),
          actor.name(),
          role,
          actor.regionCode(),
          subject.name(),
          subject.cluster().value(),
          t.chineseName());
    }
  }

  /** Who may, then whether the current state allows the step. */
  private void check(Transition t, Caller caller) {
    permit(t, caller, subject);
    if (!t.from().contains(state)) {
      throw new RuleViolation(
          "lifecycle.transition-not-allowed",
          t.code(),
          state.code(),
          id(),
          t.fromCodes(),
          t.chineseName(),
          state.chineseName());
    }
  }

  private static void requireNeitherHeldNorOpen(CaseSubject subject, DesignationKind kind) {
    if (subject.holds(kind)) {
      throw new RuleViolation(
          "lifecycle.already-held", kind.code(), subject.name(), subject.held().get(kind));
    }
    requireNoOpenCase(subject, kind);
  }

  private static void requireNoOpenCase(CaseSubject subject, DesignationKind kind) {
    Long open = subject.openCases().get(kind);
    if (open != null) {
      throw new RuleViolation("lifecycle.case-open", kind.code(), subject.name(), open);
    }
  }

  private void requireHeld() {
    if (!subject.holds(kind)) {
      throw new RuleViolation("lifecycle.not-held", kind.code(), subject.name());
    }
  }

  /** A year from the year of recognition to last year. */
  private void requireYear(Transition t, Integer year, Instant at) {
    if (year == null) {
      throw new RuleViolation("lifecycle.year-missing", t.code(), t.chineseName());
    }
    int first = recognisedOn().orElseThrow().getYear();
    int last = day(at).getYear() - 1;
    if (year < first || year > last) {
      throw new RuleViolation("lifecycle.year-range", year, first, last, t.chineseName());
    }
  }

  /** Checks the reason and documents, then records the step to the transition's state. */
  private Step step(
      Transition t,
      Caller caller,
      Instant at,
      String reason,
      boolean reasonRequired,
      List<String> documents,
      boolean documentRequired,
      StepDetails details) {
    String why = reason(t, reason, reasonRequired);
    List<String> docs = documents(t, documents, documentRequired);
    return record(t, t.to(state), caller, at, day(at), why, docs, details);
  }

  private Step record(
      Transition t,
      CaseState to,
      Caller caller,
      Instant at,
      LocalDate on,
      String reason,
      List<String> documents,
      StepDetails details) {
    CaseState from = steps.isEmpty() ? null : state;
    Step step =
        new Step(steps.size() + 1, t, from, to, caller.actor(), at, on, reason, documents, details);
    steps.add(step);
    state = to;
    return step;
  }

  private static String reason(Transition t, String reason, boolean required) {
    String written = text(reason);
    if (written == null && required) {
      throw new RuleViolation("lifecycle.reason-missing", t.code(), t.chineseName());
    }
    if (written != null && written.length() > REASON_MAX) {
      throw new RuleViolation("lifecycle.reason-too-long", written.length(), REASON_MAX);
    }
    return written;
  }

  private static List<String> documents(Transition t, List<String> documents, boolean required) {
    List<String> given = documents == null ? List.of() : documents;
    if (given.size() > DOCUMENTS_MAX) {
      throw new RuleViolation("lifecycle.documents-too-many", given.size(), DOCUMENTS_MAX);
    }
    List<String> written = new ArrayList<>();
    for (String document : given) {
      String d = text(document);
      if (d == null || d.length() > DOCUMENT_MAX) {
        throw new RuleViolation("lifecycle.document-invalid", document, DOCUMENT_MAX);
      }
      written.add(d);
    }
    if (written.isEmpty() && required) {
      throw new RuleViolation("lifecycle.document-missing", t.code(), t.chineseName());
    }
    return List.copyOf(written);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Optional<Step> latest(Transition t) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).transition() == t) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }
}
