package org.clusteratlas.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lifecycle over HTTP. Days are ISO dates (Beijing days), times ISO 8601 in Beijing time; codes
 * as in {@link Transition} and {@link CaseState}, with their names in the reader's language.
 *
 * <ul>
 *   <li>{@code POST /api/v1/lifecycle/cases} {@code {"cluster_id": 17, "kind": "provincial",
 *       "documents": ["…"], "reason": "…"}} applies ({@code "transition": "enrol"} enrols a
 *       designation already held): 201, the case, {@code Location} its address;
 *   <li>{@code POST /api/v1/lifecycle/cases/{id}/steps} {@code {"transition": "…", "reason": "…",
 *       "documents": […], …}}: 201, the case as it now stands;
 *   <li>{@code GET /api/v1/lifecycle/cases/{id}}: the case with its timeline;
 *   <li>{@code GET /api/v1/lifecycle/clusters/{clusterId}}: a cluster's cases and their timeline;
 *   <li>{@code GET /api/v1/lifecycle/inbox}: the steps awaiting the signed-in user.
 * </ul>
 *
 * <p>Reading needs a signed-in user whose scope covers the cluster; experts' names are shown to the
 * province and viewers only, refusals to the province administrator.
 */
@RestController
class LifecycleController {

  private final DesignationLifecycle lifecycle;
  private final MessageSource messages;

  LifecycleController(DesignationLifecycle lifecycle, MessageSource messages) {
    this.lifecycle = lifecycle;
    this.messages = messages;
  }

  record OpeningBody(
      String transition, Long clusterId, String kind, String reason, List<String> documents) {}

  record StepBody(
      String transition,
      String reason,
      List<String> documents,
      String expert,
      BigDecimal score,
      String conflictOfInterest,
      LocalDate noticeStartsOn,
      LocalDate noticeEndsOn,
      Integer year,
      String grade,
      String toKind,
      Long mergedInto) {}

  record NoticeView(LocalDate startsOn, LocalDate endsOn) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ScoreView(
      String expert,
      BigDecimal score,
      boolean counted,
      String conflictOfInterest,
      String excludedBecause) {}

  record ReviewView(
      List<ScoreView> scores,
      long counted,
      long excluded,
      BigDecimal mean,
      int minimumCounted,
      BigDecimal passMark) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StepView(
      Long caseId,
      int seq,
      String transition,
      String transitionName,
      String fromState,
      String toState,
      String actorName,
      String actorRole,
      String actorRegion,
      OffsetDateTime at,
      LocalDate on,
      String reason,
      List<String> documents,
      LocalDate noticeStartsOn,
      LocalDate noticeEndsOn,
      Integer year,
      String grade,
      String relatedKind,
      Long relatedClusterId,
      Long relatedCaseId,
      ScoreView score) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RefusalView(
      OffsetDateTime at,
      String transition,
      String fromState,
      String actorName,
      String actorRole,
      String actorRegion,
      String rule,
      String message) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CaseView(
      long id,
      long clusterId,
      String clusterName,
      String kind,
      String state,
      String stateName,
      OffsetDateTime openedAt,
      LocalDate recognisedOn,
      LocalDate reReviewDueOn,
      NoticeView notice,
      ReviewView review,
      List<StepView> timeline,
      List<RefusalView> refusals) {}

  record ClusterCasesView(
      long clusterId, String clusterName, List<CaseView> cases, List<StepView> timeline) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PendingView(
      long caseId,
      long clusterId,
      String clusterName,
      String kind,
      String state,
      String transition,
      String transitionName,
      LocalDate dueOn) {}

  record InboxView(String user, String role, List<PendingView> items) {}

  @PostMapping("/api/v1/lifecycle/cases")
  ResponseEntity<CaseView> open(@RequestBody OpeningBody body, Actor actor, Scope scope) {
    Transition transition =
        body.transition() == null ? Transition.APPLY : Transition.ofCode(body.transition());
    ClusterId cluster = body.clusterId() == null ? null : new ClusterId(body.clusterId());
    LifecycleCase opened =
        lifecycle.open(
            new CaseOpening(
                transition,
                cluster,
                body.kind() == null ? null : DesignationKind.ofCode(body.kind()),
                body.reason(),
                body.documents()),
            Caller.of(actor, scope));
    return ResponseEntity.created(URI.create("/api/v1/lifecycle/cases/" + opened.id()))
        .body(view(opened, scope));
  }

  @PostMapping("/api/v1/lifecycle/cases/{id}/steps")
  @ResponseStatus(HttpStatus.CREATED)
  CaseView step(@PathVariable long id, @RequestBody StepBody body, Actor actor, Scope scope) {
    StepRequest request =
        new StepRequest(
            Transition.ofCode(body.transition()),
            body.reason(),
            body.documents(),
            body.expert(),
            body.score(),
            body.conflictOfInterest(),
            body.noticeStartsOn(),
            body.noticeEndsOn(),
            body.year(),
            body.grade() == null ? null : EvaluationGrade.ofCode(body.grade()),
            body.toKind() == null ? null : DesignationKind.ofCode(body.toKind()),
            body.mergedInto());
    return view(lifecycle.take(id, request, Caller.of(actor, scope)), scope);
  }

  @GetMapping("/api/v1/lifecycle/cases/{id}")
  CaseView show(@PathVariable long id, Scope scope) {
    return view(lifecycle.find(id, scope), scope);
  }

  @GetMapping("/api/v1/lifecycle/clusters/{clusterId}")
  ClusterCasesView cluster(@PathVariable long clusterId, Scope scope) {
    ClusterId cluster = new ClusterId(clusterId);
    ClusterCases cases = lifecycle.casesOf(cluster, scope);
    List<CaseView> views = cases.cases().stream().map(c -> view(c, scope)).toList();
    List<StepView> timeline = new ArrayList<>();
    views.forEach(v -> timeline.addAll(v.timeline()));
    timeline.sort(
        Comparator.comparing(StepView::at)
            .thenComparing(StepView::caseId)
            .thenComparing(StepView::seq));
    return new ClusterCasesView(clusterId, cases.subject().name(), views, timeline);
  }

  @GetMapping("/api/v1/lifecycle/inbox")
  InboxView inbox(Actor actor, Scope scope) {
    List<PendingView> items =
        lifecycle.inbox(Caller.of(actor, scope)).stream()
            .map(
                p ->
                    new PendingView(
                        p.caseId(),
                        p.clusterId(),
                        p.clusterName(),
                        p.kind().code(),
                        p.state().code(),
                        p.transition().code(),
                        name("lifecycle.transition." + p.transition().code()),
                        p.dueOn()))
            .toList();
    return new InboxView(actor.name(), JdbcDesignationLifecycle.roleCode(actor.role()), items);
  }

  private CaseView view(LifecycleCase c, Scope scope) {
    boolean namesShown = scope.kind() == Scope.Kind.PROVINCE || scope.kind() == Scope.Kind.VIEWER;
    Map<String, String> shownExperts = new HashMap<>();
    for (ExpertScore s : c.scores()) {
      shownExperts.put(
          s.expert(),
          namesShown
              ? s.expert()
              : name("lifecycle.expert.anonymous", String.valueOf(shownExperts.size() + 1)));
    }
    List<ScoreView> scores =
        c.scores().stream().map(s -> scoreView(s, shownExperts.get(s.expert()))).toList();
    long counted = c.scores().stream().filter(ExpertScore::counted).count();
    ReviewView review =
        c.scores().isEmpty()
            ? null
            : new ReviewView(
                scores,
                counted,
                c.scores().size() - counted,
                c.reviewMean().orElse(null),
                LifecycleCase.MINIMUM_COUNTED_SCORES,
                LifecycleCase.PASS_MARK);
    List<StepView> timeline =
        c.steps().stream()
            .map(
                s ->
                    stepView(
                        c.id(),
                        s,
                        s.details().score() == null
                            ? null
                            : scoreView(
                                s.details().score(),
                                shownExperts.get(s.details().score().expert()))))
            .toList();
    List<RefusalView> refusals =
        scope.kind() == Scope.Kind.PROVINCE
            ? lifecycle.refusals(c.id()).stream().map(this::refusalView).toList()
            : null;
    return new CaseView(
        c.id(),
        c.subject().cluster().value(),
        c.subject().name(),
        c.kind().code(),
        c.state().code(),
        name("lifecycle.state." + c.state().code()),
        beijing(c.openedAt()),
        c.recognisedOn().orElse(null),
        c.reReviewDueOn().orElse(null),
        c.noticeEndsOn().isEmpty()
            ? null
            : new NoticeView(c.noticeStartsOn().orElseThrow(), c.noticeEndsOn().orElseThrow()),
        review,
        timeline,
        refusals);
  }

  private ScoreView scoreView(ExpertScore s, String shownName) {
    return new ScoreView(
        shownName,
        s.score(),
        s.counted(),
        s.conflictOfInterest(),
        s.counted() ? null : name("lifecycle.score.excluded", s.conflictOfInterest()));
  }

  private StepView stepView(Long caseId, Step s, ScoreView score) {
    StepDetails d = s.details();
    return new StepView(
        caseId,
        s.seq(),
        s.transition().code(),
        name("lifecycle.transition." + s.transition().code()),
        s.from() == null ? null : s.from().code(),
        s.to().code(),
        s.actor().name(),
        JdbcDesignationLifecycle.roleCode(s.actor().role()),
        s.actor().regionCode(),
        beijing(s.at()),
        s.on(),
        s.reason(),
        s.documents(),
        d.noticeStartsOn(),
        d.noticeEndsOn(),
        d.year(),
        d.grade() == null ? null : d.grade().code(),
        d.relatedKind() == null ? null : d.relatedKind().code(),
        d.relatedCluster(),
        d.relatedCase(),
        score);
  }

  private RefusalView refusalView(Refusal r) {
    return new RefusalView(
        beijing(r.at()),
        r.transition().code(),
        r.from() == null ? null : r.from().code(),
        r.actor().name(),
        JdbcDesignationLifecycle.roleCode(r.actor().role()),
        r.actor().regionCode(),
        r.rule(),
        r.message(LocaleContextHolder.getLocale()));
  }

  private String name(String key, String... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, arguments, key, locale);
  }

  private static OffsetDateTime beijing(Instant instant) {
    return OffsetDateTime.ofInstant(instant, LifecycleCase.ZONE);
  }
}
