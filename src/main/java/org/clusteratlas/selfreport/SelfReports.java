package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.collection.ExplanationQuality;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clusters' annual self-reports (年度自评报告): the form's values saved and submitted by a cluster's
 * organisation (or, on its behalf, the city or county bureau of a cluster hosted wholly within its
 * region), checked in the three tiers of the edit checks, due by a date that depends on the
 * cluster's designations, accepted or returned by the province; and, for the evaluation, the
 * reports as they stood at a self-report version.
 *
 * <p>Who may do what: a cluster organisation reads, saves and submits its own cluster's report; a
 * city or county officer reads the reports of the clusters hosted wholly within its region and may
 * save and submit them on the cluster's behalf (as it files the annual report step of the
 * designation lifecycle; every event names who took it); the province administrator reads every
 * report and accepts or returns a submitted one (a return needs a reason), but does not fill one
 * in; a viewer reads every report; the public none.
 */
@Service
public class SelfReports {

  /** The first year a report may be made for: the default scheme's. */
  static final int FIRST_YEAR = 2021;

  private static final int MAX_EXPLANATION = 2000;

  private final SelfReportStore store;
  private final ClusterRegister clusters;
  private final RegionDirectory regions;
  private final DueDates dueDates;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  SelfReports(
      SelfReportStore store,
      ClusterRegister clusters,
      RegionDirectory regions,
      SelfReportProperties properties,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.clusters = clusters;
    this.regions = regions;
    this.dueDates = properties.dueDates();
    this.clock = clock;
    this.events = events;
  }

  // ---- for the evaluation ----------------------------------------------------------------------

  /** The latest self-report version: every save, submission, acceptance and return makes one. */
  @Transactional(readOnly = true)
  public long currentVersion() {
    return store.currentVersion();
  }

  /**
   * The reports of {@code year} that count as of self-report version {@code version}, for those of
   * {@code clusters} that have one: each cluster's latest submission, if its report stood submitted
   * or accepted at that version (a draft or a returned report does not count).
   */
  @Transactional(readOnly = true)
  public Map<ClusterId, SubmittedReport> submittedAsOf(
      int year, long version, Collection<ClusterId> clusters) {
    if (clusters.isEmpty() || version <= 0) {
      return Map.of();
    }
    return store.submittedAsOf(year, version, clusters);
  }

  /**
   * The values of {@link #submittedAsOf}: by cluster, each field's value, {@link
   * SelfReportCatalogue#ON_TIME} 1 when submitted on time and 0 when late.
   */
  @Transactional(readOnly = true)
  public Map<ClusterId, Map<String, BigDecimal>> valuesAsOf(
      int year, long version, Collection<ClusterId> clusters) {
    Map<ClusterId, Map<String, BigDecimal>> values = new LinkedHashMap<>();
    submittedAsOf(year, version, clusters).forEach((id, r) -> values.put(id, r.values()));
    return values;
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * The year's reports in the reader's scope: every cluster holding the provincial designation on
   * the year's last day (and any other that has a report for the year), in id order, with its
   * report's state, due date, lateness and latest submission. Refused to the public.
   */
  @Transactional(readOnly = true)
  public List<ReportRow> list(int year, Scope scope) {
    if (!scope.signedIn()) {
      throw new AccessRefusedException(scope, "self-reports/" + year);
    }
    requireYear(year);
    Map<ClusterId, SelfReportStore.Row> stored = store.rows(year);
    Set<ClusterId> cohort = new TreeSet<>(Comparator.comparing(ClusterId::value));
    cohort.addAll(clusters.holdersOn(DesignationKind.PROVINCIAL, LocalDate.of(year, 12, 31)));
    cohort.addAll(stored.keySet());
    Instant now = clock.instant();
    List<ReportRow> rows = new ArrayList<>();
    for (Cluster c : clusters.all()) {
      if (!cohort.contains(c.id()) || !sees(scope, c)) {
        continue;
      }
      SelfReportStore.Row r = stored.get(c.id());
      ReportState state = r == null ? ReportState.NOT_STARTED : r.state();
      LocalDate due = r != null && r.dueOn() != null ? r.dueOn() : dueDates.dueOn(c, year);
      rows.add(
          new ReportRow(
              c.id().value(),
              c.name(),
              state,
              due,
              r == null ? null : r.late(),
              overdue(state, due, now),
              r == null ? null : r.submittedAt(),
              r == null ? null : r.version(),
              r != null && r.demo()));
    }
    return rows;
  }

  /** {@code cluster}'s report for {@code year}, as {@code scope} sees it. */
  @Transactional(readOnly = true)
  public SelfReportView report(int year, ClusterId cluster, Scope scope) {
    Cluster c = visibleCluster(year, cluster, scope);
    requireYear(year);
    requireProvincial(c, year);
    return view(c, year, scope);
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * Saves the form as a draft: every typed value (blank ones left out) and the explanations
   * written, as a new self-report version; the findings of the checks come back with the report.
   * Refused, with nothing stored, by the first hard fault (naming the field and the value), for a
   * report submitted or accepted, and unless the actor may fill in the cluster's report.
   */
  @Transactional
  public SelfReportView save(
      int year,
      ClusterId cluster,
      Map<String, String> typed,
      Map<String, String> explanations,
      Actor actor,
      Scope scope) {
    Cluster c = editableCluster(year, cluster, actor, scope);
    Map<String, BigDecimal> values = SelfReportChecks.read(typed);
    Map<String, String> written = explanations(explanations);
    store.lock();
    Optional<SelfReportStore.Stored> existing = store.report(cluster, year);
    existing.ifPresent(r -> requireEditable(r, "save"));
    Instant at = now();
    long reportId = reportId(existing, cluster, year, ReportState.DRAFT, at);
    long version =
        store.insertEvent(
            reportId,
            new ReportEvent(
                0,
                "save",
                ReportState.DRAFT,
                null,
                null,
                at,
                SelfReportCatalogue.VERSION,
                null,
                null,
                null),
            actor);
    store.insertValues(version, values);
    List<Finding> findings = SelfReportChecks.findings(values, lastYear(cluster, year));
    store.insertExplanations(version, withRules(written, findings));
    return view(c, year, scope);
  }

  /**
   * Submits the report: the values given (or, when {@code typed} is null, those last saved), which
   * must fill every field, with every finding of the checks explained by more than a boilerplate
   * (an explanation given now, else the one saved with the field). A submission after the due date
   * is accepted and marked late; a resubmission after a return keeps the first one's timing.
   * Publishes {@link SelfReportSubmitted}.
   */
  @Transactional
  public SelfReportView submit(
      int year,
      ClusterId cluster,
      Map<String, String> typed,
      Map<String, String> explanations,
      Actor actor,
      Scope scope) {
    Cluster c = editableCluster(year, cluster, actor, scope);
    Map<String, BigDecimal> given = typed == null ? null : SelfReportChecks.read(typed);
    Map<String, String> written = explanations(explanations);
    store.lock();
    Optional<SelfReportStore.Stored> existing = store.report(cluster, year);
    existing.ifPresent(r -> requireEditable(r, "submit"));
    if (existing.isEmpty() && given == null) {
      throw new RuleViolation("self-report.state", ReportState.NOT_STARTED.id(), "submit");
    }
    Map<String, BigDecimal> values =
        given != null ? given : store.latestValues(existing.orElseThrow().id());
    SelfReportChecks.requireComplete(values);
    Map<String, String> all = new HashMap<>();
    existing.ifPresent(r -> all.putAll(store.latestExplanations(r.id())));
    all.putAll(written);
    List<Finding> findings = SelfReportChecks.findings(values, lastYear(cluster, year));
    Map<String, SelfReportStore.Explanation> explained = explained(findings, all);
    Instant at = now();
    LocalDate due = dueDates.dueOn(c, year);
    boolean late =
        existing
            .flatMap(r -> store.firstSubmission(r.id()))
            .map(ReportEvent::late)
            .orElseGet(() -> DueDates.late(due, at));
    long reportId = reportId(existing, cluster, year, ReportState.SUBMITTED, at);
    long version =
        store.insertEvent(
            reportId,
            new ReportEvent(
                0,
                "submit",
                ReportState.SUBMITTED,
                null,
                null,
                at,
                SelfReportCatalogue.VERSION,
                due,
                late,
                null),
            actor);
    store.insertValues(version, values);
    store.insertExplanations(version, explained);
    events.publishEvent(new SelfReportSubmitted(cluster.value(), year, version, late, actor));
    return view(c, year, scope);
  }

  /** The province accepts a submitted report; {@code reason} is optional. */
  @Transactional
  public SelfReportView accept(
      int year, ClusterId cluster, String reason, Actor actor, Scope scope) {
    return review(year, cluster, reason, actor, scope, ReportState.ACCEPTED, "accept");
  }

  /**
   * The province returns a submitted report to the cluster for correction, with a reason: it no
   * longer counts for the evaluation until submitted again.
   */
  @Transactional
  public SelfReportView returnReport(
      int year, ClusterId cluster, String reason, Actor actor, Scope scope) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("self-report.return-reason", cluster.value(), year);
    }
    return review(year, cluster, reason, actor, scope, ReportState.RETURNED, "return");
  }

  private SelfReportView review(
      int year,
      ClusterId cluster,
      String reason,
      Actor actor,
      Scope scope,
      ReportState to,
      String action) {
    Cluster c = visibleCluster(year, cluster, scope);
    if (!mayReview(actor, scope)) {
      throw new RuleViolation("self-report.review-forbidden", actor.name(), actor.role());
    }
    store.lock();
    SelfReportStore.Stored r =
        store
            .report(cluster, year)
            .orElseThrow(
                () -> new RuleViolation("self-report.state", ReportState.NOT_STARTED.id(), action));
    if (r.state() != ReportState.SUBMITTED) {
      throw new RuleViolation("self-report.state", r.state().id(), action);
    }
    store.updateState(r.id(), to);
    store.insertEvent(
        r.id(),
        new ReportEvent(
            0,
            action,
            to,
            null,
            null,
            now(),
            null,
            null,
            null,
            reason == null || reason.isBlank() ? null : reason.strip()),
        actor);
    return view(c, year, scope);
  }

  /**
   * Records reports filed elsewhere with their own times (the demo province's, or reports taken
   * over from paper): each checked as a submission, against the accepted report of the year before
   * (stored, or filed in the same call), then stored as submitted and, when it has an acceptance
   * time, accepted by {@code province}. Versions follow the events' times. The province
   * administrator's; refused for a cluster that already has a report for the year.
   *
   * @return the number of reports recorded
   */
  @Transactional
  public int file(List<FiledReport> reports, Actor province) {
    if (!province.isProvince()) {
      throw new RuleViolation("self-report.review-forbidden", province.name(), province.role());
    }
    store.lock();
    List<FiledReport> byYear =
        reports.stream()
            .sorted(
                Comparator.comparingInt(FiledReport::year).thenComparing(r -> r.cluster().value()))
            .toList();
    Map<ClusterId, Cluster> known =
        clusters.all().stream().collect(Collectors.toMap(Cluster::id, c -> c));
    // last year's accepted reports: those filed in this call, else those stored (one query a year)
    Map<String, Map<String, BigDecimal>> acceptedInBatch = new HashMap<>();
    Map<Integer, Map<ClusterId, Map<String, BigDecimal>>> stored = new HashMap<>();
    Set<String> taken =
        store.reportKeys(byYear.stream().map(FiledReport::year).distinct().toList());
    record Pending(
        FiledReport report, LocalDate due, boolean late, Map<String, List<String>> rules) {}
    List<Pending> pending = new ArrayList<>();
    for (FiledReport f : byYear) {
      Cluster c = known.get(f.cluster());
      if (c == null) {
        throw new RuleViolation("self-report-cluster.unknown", f.cluster().value());
      }
      requireYear(f.year());
      requireProvincial(c, f.year());
      Map<String, String> typed = new LinkedHashMap<>();
      f.values().forEach((k, v) -> typed.put(k, v.toPlainString()));
      Map<String, BigDecimal> values = SelfReportChecks.read(typed);
      SelfReportChecks.requireComplete(values);
      String before = f.cluster().value() + "/" + (f.year() - 1);
      Map<String, BigDecimal> lastYear =
          acceptedInBatch.containsKey(before)
              ? acceptedInBatch.get(before)
              : stored
                  .computeIfAbsent(f.year() - 1, store::acceptedValues)
                  .getOrDefault(f.cluster(), Map.of());
      List<Finding> findings = SelfReportChecks.findings(values, lastYear);
      Map<String, SelfReportStore.Explanation> explained = explained(findings, f.explanations());
      if (!taken.add(f.cluster().value() + "/" + f.year())) {
        throw new RuleViolation("self-report.state", "exists", "file");
      }
      LocalDate due = dueDates.dueOn(c, f.year());
      if (f.acceptedAt() != null) {
        acceptedInBatch.put(f.cluster().value() + "/" + f.year(), values);
      }
      Map<String, List<String>> rules = new HashMap<>();
      explained.forEach((field, e) -> rules.put(field, e.rules()));
      FiledReport checked =
          new FiledReport(
              f.cluster(),
              f.year(),
              values,
              f.explanations(),
              f.submittedBy(),
              f.submittedAt(),
              f.acceptedAt(),
              f.demo());
      pending.add(new Pending(checked, due, DueDates.late(due, f.submittedAt()), rules));
    }
    Map<String, Long> ids = store.insertReports(pending.stream().map(Pending::report).toList());
    // one version per event, in the order of the events' times
    record Timed(Instant at, int index, boolean review) {}
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      FiledReport r = pending.get(i).report();
      timed.add(new Timed(r.submittedAt(), i, false));
      if (r.acceptedAt() != null) {
        timed.add(new Timed(r.acceptedAt(), i, true));
      }
    }
    timed.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::index));
    List<Long> versions = store.allocateVersions(timed.size());
    long[] submit = new long[pending.size()];
    Long[] review = new Long[pending.size()];
    for (int i = 0; i < timed.size(); i++) {
      Timed t = timed.get(i);
      if (t.review()) {
        review[t.index()] = versions.get(i);
      } else {
        submit[t.index()] = versions.get(i);
      }
    }
    List<SelfReportStore.Filed> filed = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      filed.add(
          new SelfReportStore.Filed(
              ids.get(p.report().cluster().value() + "/" + p.report().year()),
              submit[i],
              review[i],
              p.report(),
              p.due(),
              p.late(),
              p.rules()));
    }
    store.insertFiled(filed, province);
    return filed.size();
  }

  /**
   * The findings of the checks on {@code values}, against {@code lastYear} (last year's accepted
   * values, or empty): what a submission will ask to be explained.
   */
  public static List<Finding> findings(
      Map<String, BigDecimal> values, Map<String, BigDecimal> lastYear) {
    return SelfReportChecks.findings(values, lastYear);
  }

  // ---- access ----------------------------------------------------------------------------------

  private boolean sees(Scope scope, Cluster c) {
    return switch (scope.kind()) {
      case PROVINCE, VIEWER -> true;
      case REGION -> hostedWithin(scope, c);
      case CLUSTER -> scope.clusterId() == c.id().value();
      case PUBLIC -> false;
    };
  }

  private boolean mayEdit(Actor actor, Scope scope, Cluster c) {
    return (actor.role() == Actor.Role.CLUSTER_ORG || actor.role() == Actor.Role.CITY_OFFICER)
        && editorScope(scope, c);
  }

  private static boolean mayReview(Actor actor, Scope scope) {
    return actor != null && actor.isProvince() && scope.coversProvince();
  }

  /** Every host of the cluster lies within the scope's region (a zone by the region it lies in). */
  private boolean hostedWithin(Scope scope, Cluster c) {
    return !c.hosts().isEmpty() && c.hosts().stream().allMatch(h -> scope.coversRegion(region(h)));
  }

  private String region(ClusterHost host) {
    if (host.region() != null) {
      return host.region().value();
    }
    return regions.zone(host.zone()).map(DevelopmentZone::parent).map(Object::toString).orElse("");
  }

  private Cluster visibleCluster(int year, ClusterId id, Scope scope) {
    Cluster c =
        clusters
            .find(id)
            .orElseThrow(() -> new RuleViolation("self-report-cluster.unknown", id.value()));
    if (!sees(scope, c)) {
      throw new AccessRefusedException(scope, "self-reports/" + year + "/clusters/" + id.value());
    }
    return c;
  }

  private Cluster editableCluster(int year, ClusterId id, Actor actor, Scope scope) {
    Cluster c = visibleCluster(year, id, scope);
    if (!mayEdit(actor, scope, c)) {
      throw new RuleViolation("self-report.edit-forbidden", actor.name(), actor.role(), id.value());
    }
    requireYear(year);
    requireProvincial(c, year);
    return c;
  }

  // ---- rules -----------------------------------------------------------------------------------

  /** A report is for a year from {@link #FIRST_YEAR} to the current year (Beijing). */
  private void requireYear(int year) {
    int current = LocalDate.ofInstant(clock.instant(), DueDates.ZONE).getYear();
    if (year < FIRST_YEAR || year > current) {
      throw SelfReportChecks.violation(SelfReportRule.YEAR, year, FIRST_YEAR, current);
    }
  }

  /** The cluster held the provincial designation on the year's last day: it is evaluated. */
  private static void requireProvincial(Cluster c, int year) {
    if (!c.holds(DesignationKind.PROVINCIAL, LocalDate.of(year, 12, 31))) {
      throw SelfReportChecks.violation(SelfReportRule.CLUSTER_NOT_PROVINCIAL, c.id().value(), year);
    }
  }

  private static void requireEditable(SelfReportStore.Stored r, String action) {
    if (!r.state().editable()) {
      throw new RuleViolation("self-report.state", r.state().id(), action);
    }
  }

  private static Map<String, String> explanations(Map<String, String> given) {
    Map<String, String> written = new HashMap<>();
    if (given == null) {
      return written;
    }
    given.forEach(
        (field, text) -> {
          SelfReportField f =
              SelfReportCatalogue.field(field)
                  .orElseThrow(
                      () -> SelfReportChecks.violation(SelfReportRule.UNKNOWN_FIELD, field));
          if (text != null && !text.isBlank()) {
            if (text.length() > MAX_EXPLANATION) {
              throw new RuleViolation(
                  "self-report.explanation-too-long", f.code(), MAX_EXPLANATION);
            }
            written.put(f.code(), text.strip());
          }
        });
    return written;
  }

  /**
   * The explanation of each field with findings, with their rules; refused when one is a
   * boilerplate ({@code explanation.boilerplate}) or some finding has none ({@link
   * UnexplainedFindings}).
   */
  private static Map<String, SelfReportStore.Explanation> explained(
      List<Finding> findings, Map<String, String> explanations) {
    Map<String, SelfReportStore.Explanation> explained = new LinkedHashMap<>();
    List<Finding> unexplained = new ArrayList<>();
    for (Finding f : findings) {
      String text = explanations.get(f.field());
      if (ExplanationQuality.isBlank(text)) {
        unexplained.add(f);
        continue;
      }
      if (!ExplanationQuality.acceptable(text)) {
        throw new RuleViolation(SelfReportRule.EXPLANATION_BOILERPLATE.id(), text, f.field());
      }
      explained
          .computeIfAbsent(f.field(), k -> new SelfReportStore.Explanation(text, new ArrayList<>()))
          .rules()
          .add(f.ruleId());
    }
    if (!unexplained.isEmpty()) {
      throw new UnexplainedFindings(unexplained);
    }
    return explained;
  }

  /** The explanations written, with the rules of the findings each answers now (none: a note). */
  private static Map<String, SelfReportStore.Explanation> withRules(
      Map<String, String> written, List<Finding> findings) {
    Map<String, SelfReportStore.Explanation> result = new LinkedHashMap<>();
    written.forEach(
        (field, text) ->
            result.put(
                field,
                new SelfReportStore.Explanation(
                    text,
                    findings.stream()
                        .filter(f -> f.field().equals(field))
                        .map(Finding::ruleId)
                        .toList())));
    return result;
  }

  private long reportId(
      Optional<SelfReportStore.Stored> existing,
      ClusterId cluster,
      int year,
      ReportState state,
      Instant at) {
    if (existing.isPresent()) {
      if (existing.get().state() != state) {
        store.updateState(existing.get().id(), state);
      }
      return existing.get().id();
    }
    return store.insertReport(cluster, year, state, at, false);
  }

  private Map<String, BigDecimal> lastYear(ClusterId cluster, int year) {
    return store.acceptedValues(cluster, year - 1);
  }

  private Instant now() {
    // as PostgreSQL keeps it: microseconds
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static boolean overdue(ReportState state, LocalDate due, Instant now) {
    return !state.counts() && DueDates.late(due, now);
  }

  private SelfReportView view(Cluster c, int year, Scope scope) {
    Optional<SelfReportStore.Stored> r = store.report(c.id(), year);
    ReportState state = r.map(SelfReportStore.Stored::state).orElse(ReportState.NOT_STARTED);
    Map<String, BigDecimal> values = r.map(x -> store.latestValues(x.id())).orElse(Map.of());
    Map<String, String> explanations =
        r.map(x -> store.latestExplanations(x.id())).orElse(Map.of());
    List<ReportEvent> history = r.map(x -> store.history(x.id())).orElse(List.of());
    Map<String, BigDecimal> lastYear = lastYear(c.id(), year);
    Optional<ReportEvent> submission =
        history.stream().filter(e -> e.action().equals("submit")).reduce((a, b) -> b);
    LocalDate due = submission.map(ReportEvent::dueOn).orElseGet(() -> dueDates.dueOn(c, year));
    Map<String, BigDecimal> shown = new LinkedHashMap<>(values);
    submission.ifPresent(
        s -> shown.put(SelfReportCatalogue.ON_TIME, s.late() ? BigDecimal.ZERO : BigDecimal.ONE));
    return new SelfReportView(
        c.id().value(),
        c.name(),
        year,
        state,
        due,
        submission.map(ReportEvent::late).orElse(null),
        overdue(state, due, clock.instant()),
        submission.map(ReportEvent::at).orElse(null),
        history.isEmpty() ? null : history.get(history.size() - 1).version(),
        r.map(SelfReportStore.Stored::demo).orElse(false),
        shown,
        explanations,
        SelfReportChecks.findings(values, lastYear),
        lastYear,
        history,
        state.editable() && editorScope(scope, c),
        state == ReportState.SUBMITTED && scope.coversProvince());
  }

  /** Whether the scope is one whose user may fill in the cluster's report. */
  private boolean editorScope(Scope scope, Cluster c) {
    return switch (scope.kind()) {
      case CLUSTER -> scope.clusterId() == c.id().value();
      case REGION -> hostedWithin(scope, c);
      default -> false;
    };
  }
}
