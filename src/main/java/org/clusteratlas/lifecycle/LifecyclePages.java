package org.clusteratlas.lifecycle;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.clusteratlas.web.Pages;
import org.clusteratlas.web.Table;
import org.clusteratlas.web.Table.Col;
import org.clusteratlas.web.TableFiles;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The lifecycle's pages, for signed-in readers whose scope covers the cluster (as {@link
 * DesignationLifecycle#casesOf} decides; a visitor is asked to sign in):
 *
 * <ul>
 *   <li>{@code /clusters/{id}/lifecycle}: each case of the cluster (designation kind, current
 *       state) with its steps in order — day, step, states, actor, reason, documents, expert score,
 *       notice period — and the steps' CSV/XLSX ({@code …/download});
 *   <li>{@code /inbox}: the steps awaiting the signed-in user, by cluster, with what is due and
 *       since when, and their CSV/XLSX.
 * </ul>
 *
 * Experts' names are shown to the province and viewers only, as in the API.
 */
@Controller
class LifecyclePages {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DesignationLifecycle lifecycle;
  private final TableFiles files;
  private final MessageSource messages;

  LifecyclePages(DesignationLifecycle lifecycle, TableFiles files, MessageSource messages) {
    this.lifecycle = lifecycle;
    this.files = files;
    this.messages = messages;
  }

  @ModelAttribute
  void layout(Model model, Locale locale, HttpServletRequest request) {
    Pages.layout(model, locale, request);
  }

  // ---- a cluster's timeline ------------------------------------------------------------------

  /** A case as the timeline shows it. */
  record CaseView(
      long id,
      String kind,
      String state,
      boolean ended,
      String openedAt,
      LocalDate recognisedOn,
      LocalDate reReviewDueOn,
      String reviewMean,
      List<StepView> steps) {}

  /** A step as the timeline shows it: every value already in the reader's language. */
  record StepView(
      int seq,
      LocalDate on,
      String at,
      String step,
      String from,
      String to,
      String actor,
      String role,
      String reason,
      List<String> documents,
      String details) {}

  @GetMapping("/clusters/{id}/lifecycle")
  String timeline(@PathVariable long id, Scope scope, Locale locale, Model model) {
    ClusterCases cases = lifecycle.casesOf(new ClusterId(id), scope);
    model.addAttribute("clusterId", id);
    model.addAttribute("clusterName", cases.subject().name());
    model.addAttribute("cases", cases.cases().stream().map(c -> view(c, scope, locale)).toList());
    model.addAttribute(
        "download", "/clusters/" + id + "/lifecycle/download?lang=" + locale.getLanguage());
    return "lifecycle";
  }

  @GetMapping("/clusters/{id}/lifecycle/download")
  ResponseEntity<StreamingResponseBody> timelineDownload(
      @PathVariable long id,
      @RequestParam(required = false) String format,
      Scope scope,
      Locale locale) {
    ClusterCases cases = lifecycle.casesOf(new ClusterId(id), scope);
    List<List<Object>> rows = new ArrayList<>();
    for (LifecycleCase c : cases.cases()) {
      CaseView v = view(c, scope, locale);
      for (StepView s : v.steps()) {
        rows.add(
            Arrays.asList(
                v.id(),
                v.kind(),
                s.seq(),
                s.on().toString(),
                s.step(),
                s.from(),
                s.to(),
                s.actor(),
                s.role(),
                s.reason(),
                String.join("；", s.documents()),
                s.details()));
      }
    }
    Table table =
        new Table(
            "lifecycle-" + id,
            List.of(
                numberCol("lifecycle.col.case"),
                textCol("lifecycle.col.kind"),
                numberCol("lifecycle.col.seq"),
                textCol("lifecycle.col.on"),
                textCol("lifecycle.col.step"),
                textCol("lifecycle.col.from"),
                textCol("lifecycle.col.to"),
                textCol("lifecycle.col.actor"),
                textCol("lifecycle.col.role"),
                textCol("lifecycle.col.reason"),
                textCol("lifecycle.col.documents"),
                textCol("lifecycle.col.details")),
            rows);
    return files.download(table, format, locale);
  }

  private CaseView view(LifecycleCase c, Scope scope, Locale locale) {
    boolean namesShown = scope.kind() == Scope.Kind.PROVINCE || scope.kind() == Scope.Kind.VIEWER;
    Map<String, String> experts = new HashMap<>();
    for (ExpertScore s : c.scores()) {
      experts.computeIfAbsent(
          s.expert(),
          e ->
              namesShown
                  ? e
                  : text("lifecycle.expert.anonymous", locale, String.valueOf(experts.size() + 1)));
    }
    List<StepView> steps = new ArrayList<>();
    for (Step s : c.steps()) {
      steps.add(
          new StepView(
              s.seq(),
              s.on(),
              OffsetDateTime.ofInstant(s.at(), LifecycleCase.ZONE).format(MINUTES),
              text("lifecycle.transition." + s.transition().code(), locale),
              s.from() == null ? null : text("lifecycle.state." + s.from().code(), locale),
              text("lifecycle.state." + s.to().code(), locale),
              s.actor().name(),
              role(s.actor().role(), locale),
              s.reason(),
              s.documents(),
              details(s.details(), experts, locale)));
    }
    return new CaseView(
        c.id(),
        text("designation." + c.kind().code(), locale),
        text("lifecycle.state." + c.state().code(), locale),
        c.state().isEnded(),
        OffsetDateTime.ofInstant(c.openedAt(), LifecycleCase.ZONE).format(MINUTES),
        c.recognisedOn().orElse(null),
        c.reReviewDueOn().orElse(null),
        c.reviewMean().map(m -> m.toPlainString()).orElse(null),
        steps);
  }

  /** What a step records beyond who, when and why, as one line in the reader's language. */
  private String details(StepDetails d, Map<String, String> experts, Locale locale) {
    List<String> parts = new ArrayList<>();
    if (d.noticeStartsOn() != null) {
      parts.add(text("lifecycle.page.notice", locale, d.noticeStartsOn(), d.noticeEndsOn()));
    }
    if (d.year() != null) {
      parts.add(
          d.grade() == null
              ? text("lifecycle.page.year", locale, String.valueOf(d.year()))
              : text(
                  "lifecycle.page.evaluation",
                  locale,
                  String.valueOf(d.year()),
                  text("lifecycle.grade." + d.grade().code(), locale)));
    }
    if (d.score() != null) {
      ExpertScore s = d.score();
      String expert = experts.getOrDefault(s.expert(), s.expert());
      parts.add(
          s.counted()
              ? text(
                  "lifecycle.page.score",
                  locale,
                  expert,
                  s.score().stripTrailingZeros().toPlainString())
              : text(
                  "lifecycle.page.score-excluded",
                  locale,
                  expert,
                  s.score().stripTrailingZeros().toPlainString(),
                  s.conflictOfInterest()));
    }
    if (d.relatedKind() != null) {
      parts.add(
          text(
              "lifecycle.page.kind",
              locale,
              text("designation." + d.relatedKind().code(), locale)));
    }
    if (d.relatedCluster() != null) {
      parts.add(text("lifecycle.page.merged-into", locale, String.valueOf(d.relatedCluster())));
    }
    if (d.relatedCase() != null) {
      parts.add(text("lifecycle.page.related-case", locale, String.valueOf(d.relatedCase())));
    }
    return parts.isEmpty() ? null : String.join("；", parts);
  }

  // ---- the inbox -----------------------------------------------------------------------------

  /** A step awaiting the user, with what the case's latest step was and when. */
  record InboxItem(
      long caseId,
      long clusterId,
      String clusterName,
      String kind,
      String state,
      String due,
      LocalDate since,
      LocalDate dueOn) {}

  /** The items of one cluster. */
  record InboxCluster(long clusterId, String name, List<InboxItem> items) {}

  @GetMapping("/inbox")
  String inbox(Actor actor, Scope scope, Locale locale, Model model) {
    List<InboxItem> items = inboxItems(actor, scope, locale);
    Map<Long, InboxCluster> byCluster = new LinkedHashMap<>();
    for (InboxItem i : items) {
      byCluster
          .computeIfAbsent(
              i.clusterId(), k -> new InboxCluster(k, i.clusterName(), new ArrayList<>()))
          .items()
          .add(i);
    }
    model.addAttribute("clusters", List.copyOf(byCluster.values()));
    model.addAttribute("count", items.size());
    model.addAttribute("download", "/inbox/download?lang=" + locale.getLanguage());
    return "inbox";
  }

  @GetMapping("/inbox/download")
  ResponseEntity<StreamingResponseBody> inboxDownload(
      @RequestParam(required = false) String format, Actor actor, Scope scope, Locale locale) {
    List<List<Object>> rows = new ArrayList<>();
    for (InboxItem i : inboxItems(actor, scope, locale)) {
      rows.add(
          Arrays.asList(
              i.clusterId(),
              i.clusterName(),
              i.caseId(),
              i.kind(),
              i.state(),
              i.due(),
              i.since() == null ? null : i.since().toString(),
              i.dueOn() == null ? null : i.dueOn().toString()));
    }
    Table table =
        new Table(
            "inbox",
            List.of(
                numberCol("col.id"),
                textCol("col.name"),
                numberCol("lifecycle.col.case"),
                textCol("lifecycle.col.kind"),
                textCol("lifecycle.col.state"),
                textCol("lifecycle.col.due"),
                textCol("lifecycle.col.since"),
                textCol("lifecycle.col.due-on")),
            rows);
    return files.download(table, format, locale);
  }

  private List<InboxItem> inboxItems(Actor actor, Scope scope, Locale locale) {
    List<PendingStep> pending = lifecycle.inbox(Caller.of(actor, scope));
    Map<Long, LocalDate> since = new HashMap<>();
    List<InboxItem> items = new ArrayList<>();
    for (PendingStep p : pending) {
      LocalDate last =
          since.computeIfAbsent(
              p.caseId(),
              id -> {
                List<Step> steps = lifecycle.find(id, scope).steps();
                return steps.isEmpty() ? null : steps.get(steps.size() - 1).on();
              });
      items.add(
          new InboxItem(
              p.caseId(),
              p.clusterId(),
              p.clusterName(),
              text("designation." + p.kind().code(), locale),
              text("lifecycle.state." + p.state().code(), locale),
              text("lifecycle.transition." + p.transition().code(), locale),
              last,
              p.dueOn()));
    }
    return items;
  }

  // ---- shared --------------------------------------------------------------------------------

  private String role(Actor.Role role, Locale locale) {
    return text("user.role." + role.name().toLowerCase(Locale.ROOT), locale);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  private static Col textCol(String key) {
    return new Col(key, false);
  }

  private static Col numberCol(String key) {
    return new Col(key, true);
  }
}
