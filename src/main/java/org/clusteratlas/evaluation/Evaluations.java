package org.clusteratlas.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.selfreport.SubmittedReport;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's annual evaluation: runs it over every cluster holding the provincial designation
 * on the year's last day and stores the run, shows stored runs and explains each cluster's score,
 * replays a run to check it, tries other weights or cut-offs without saving, and publishes new
 * scheme versions. Running and publishing are the province administrator's.
 */
@Service
public class Evaluations {

  private static final Logger log = LoggerFactory.getLogger(Evaluations.class);

  private final EvaluationStore store;
  private final CohortRecords records;
  private final ClusterRegister clusters;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Evaluations(
      EvaluationStore store,
      CohortRecords records,
      ClusterRegister clusters,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.records = records;
    this.clusters = clusters;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Evaluates {@code year}: every cluster holding the provincial designation on 31 December, under
   * the scheme that applies to the year, from the reports of the current data version and the
   * annual self-reports as of the current self-report version (each cluster's latest submission of
   * a report that stands submitted or accepted); stores and returns the run. Stars rest on the
   * grades of the year before's latest run, if there is one. Refused unless the actor answers for
   * the province ({@code evaluation.run-forbidden}), a scheme applies, the year has provincial
   * clusters, and some of them have members in the year's frame.
   */
  @Transactional
  public Evaluation run(int year, Actor actor) {
    if (!actor.isProvince()) {
      throw new RuleViolation("evaluation.run-forbidden", actor.name(), actor.role());
    }
    ReportingPeriod period = ReportingPeriod.annual(year);
    String version =
        store
            .schemeVersionFor(year)
            .orElseThrow(() -> new RuleViolation("evaluation.no-scheme", year));
    Scheme scheme = store.scheme(version);
    Set<ClusterId> cohort = clusters.holdersOn(DesignationKind.PROVINCIAL, period.endDate());
    if (cohort.isEmpty()) {
      throw new RuleViolation("evaluation.no-clusters", year);
    }
    long started = System.nanoTime();
    long dataVersion = records.currentVersion();
    long selfReportVersion = records.currentSelfReportVersion();
    Map<ClusterId, ClusterRecords> read =
        records.read(year, dataVersion, selfReportVersion, cohort);
    long readAt = System.nanoTime();
    if (read.values().stream().noneMatch(ClusterRecords::hasMembers)) {
      throw new RuleViolation("evaluation.no-data", year);
    }
    Optional<EvaluationRun> previous = store.latestRun(year - 1);
    Map<ClusterId, Grade> lastYear = previous.map(p -> store.grades(p.id())).orElse(Map.of());
    List<ScoredCluster> scored = Scoring.score(scheme, Scoring.rawValues(scheme, read), lastYear);
    long scoredAt = System.nanoTime();
    // as PostgreSQL keeps it: microseconds
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Long previousId = previous.map(EvaluationRun::id).orElse(null);
    long id = store.insertRun(year, version, dataVersion, selfReportVersion, previousId, actor, at);
    store.insertResults(id, scored);
    long storedAt = System.nanoTime();
    log.debug(
        "evaluation of {}: records read in {} ms, scored in {} ms, stored in {} ms",
        year,
        (readAt - started) / 1_000_000,
        (scoredAt - readAt) / 1_000_000,
        (storedAt - scoredAt) / 1_000_000);
    EvaluationRun run =
        new EvaluationRun(
            id,
            year,
            version,
            dataVersion,
            selfReportVersion,
            previousId,
            actor.name(),
            actor.role().name(),
            at);
    // within this transaction: what listeners derive from the run is stored with it or not at all
    events.publishEvent(new EvaluationRunCompleted(year, id, actor));
    int missing = (int) read.values().stream().filter(r -> r.selfReport() == null).count();
    return evaluation(run, scheme, scored, missing);
  }

  /** The latest run of {@code year}; refused as unknown when the year was not evaluated. */
  @Transactional(readOnly = true)
  public Evaluation latest(int year) {
    return stored(latestRun(year));
  }

  /**
   * The latest run of {@code year}, or empty when the year was not evaluated: for callers to whom a
   * missing evaluation is an answer, not an error (a refusal would mark their transaction).
   */
  @Transactional(readOnly = true)
  public Optional<Evaluation> findLatest(int year) {
    return store.latestRun(year).map(this::stored);
  }

  /** A stored run's grades by cluster, with its year and the run before it. */
  public record RunGrades(int year, Long previousRunId, Map<ClusterId, Grade> grades) {

    public RunGrades {
      grades = Map.copyOf(grades);
    }
  }

  /**
   * The grades of run {@code runId}, without the rest of {@link #ofRun}: for callers that follow
   * the chain of earlier runs (two small queries a run).
   */
  @Transactional(readOnly = true)
  public RunGrades gradesOf(long runId) {
    EvaluationRun run = requireRun(runId);
    return new RunGrades(run.year(), run.previousRunId(), store.grades(runId));
  }

  /** A stored run by its id. */
  @Transactional(readOnly = true)
  public Evaluation ofRun(long runId) {
    return stored(requireRun(runId));
  }

  private Evaluation stored(EvaluationRun run) {
    List<ScoredCluster> results = store.results(run.id(), false);
    List<ClusterId> cohort = results.stream().map(ScoredCluster::cluster).toList();
    int counted = records.selfReports(run.year(), run.selfReportVersion(), cohort).size();
    return evaluation(run, store.scheme(run.schemeVersion()), results, results.size() - counted);
  }

  /** Why {@code cluster} scored what it did in the latest run of {@code year}. */
  @Transactional(readOnly = true)
  public ClusterExplanation explain(int year, ClusterId cluster) {
    return explain(latestRun(year), cluster);
  }

  /** Why {@code cluster} scored what it did in run {@code runId}. */
  @Transactional(readOnly = true)
  public ClusterExplanation explain(long runId, ClusterId cluster) {
    return explain(requireRun(runId), cluster);
  }

  private ClusterExplanation explain(EvaluationRun run, ClusterId cluster) {
    List<ScoredCluster> results = store.results(run.id(), true);
    ScoredCluster scored =
        results.stream()
            .filter(r -> r.cluster().equals(cluster))
            .findFirst()
            .orElseThrow(
                () -> new RuleViolation("evaluation-cluster.unknown", cluster, run.year()));
    SubmittedReport selfReport =
        records.selfReports(run.year(), run.selfReportVersion(), List.of(cluster)).get(cluster);
    return Explanations.explain(
        run, store.scheme(run.schemeVersion()), scored, name(cluster), results.size(), selfReport);
  }

  /**
   * Recomputes run {@code runId} with its own scheme version, as of its own data version and its
   * own self-report version, over its own cohort and with its previous run's grades, and compares
   * every cluster's scores.
   */
  @Transactional(readOnly = true)
  public Replay replay(long runId) {
    EvaluationRun run = requireRun(runId);
    Scheme scheme = store.scheme(run.schemeVersion());
    List<ScoredCluster> stored = store.results(runId, true);
    List<ClusterId> cohort = stored.stream().map(ScoredCluster::cluster).toList();
    Map<ClusterId, Grade> lastYear =
        run.previousRunId() == null ? Map.of() : store.grades(run.previousRunId());
    Map<ClusterId, ScoredCluster> replayed =
        Scoring.score(
                scheme,
                Scoring.rawValues(
                    scheme,
                    records.read(run.year(), run.dataVersion(), run.selfReportVersion(), cohort)),
                lastYear)
            .stream()
            .collect(Collectors.toMap(ScoredCluster::cluster, Function.identity()));
    Map<ClusterId, String> names = names();
    List<Replay.ReplayedCluster> compared = new ArrayList<>();
    for (ScoredCluster s : stored) {
      ScoredCluster r = replayed.get(s.cluster());
      compared.add(
          new Replay.ReplayedCluster(
              s.cluster().value(),
              names.get(s.cluster()),
              s.total(),
              r.total(),
              s.grade(),
              r.grade(),
              s.stars(),
              r.stars(),
              differing(s.leaves(), r.leaves())));
    }
    return new Replay(run, compared.stream().allMatch(Replay.ReplayedCluster::identical), compared);
  }

  private static List<String> differing(List<LeafScore> stored, List<LeafScore> replayed) {
    Map<String, LeafScore> byCode = new HashMap<>();
    replayed.forEach(l -> byCode.put(l.code(), l));
    List<String> codes = new ArrayList<>();
    for (LeafScore s : stored) {
      LeafScore r = byCode.get(s.code());
      if (r == null
          || !EvaluationStore.same(s.raw(), r.raw())
          || !EvaluationStore.same(s.normalised(), r.normalised())
          || !EvaluationStore.same(s.contribution(), r.contribution())) {
        codes.add(s.code());
      }
    }
    return codes;
  }

  /**
   * The latest run of {@code year} recomputed with other weights or cut-offs from the raw values it
   * stored, under its own scheme so changed; nothing is saved.
   */
  @Transactional(readOnly = true)
  public WhatIfResult whatIf(int year, WhatIf changes) {
    EvaluationRun run = latestRun(year);
    Scheme scheme =
        store.scheme(run.schemeVersion()).withChanges(changes.weights(), changes.cutoffs());
    List<ScoredCluster> stored = store.results(run.id(), true);
    Map<ClusterId, Map<String, BigDecimal>> raw = new HashMap<>();
    Map<ClusterId, Grade> lastYear = new HashMap<>();
    for (ScoredCluster s : stored) {
      Map<String, BigDecimal> values = new HashMap<>();
      s.leaves().stream().filter(l -> l.raw() != null).forEach(l -> values.put(l.code(), l.raw()));
      raw.put(s.cluster(), values);
      if (s.lastYear() != null) {
        lastYear.put(s.cluster(), s.lastYear());
      }
    }
    Map<ClusterId, ScoredCluster> recomputed =
        Scoring.score(scheme, raw, lastYear).stream()
            .collect(Collectors.toMap(ScoredCluster::cluster, Function.identity()));
    Map<ClusterId, String> names = names();
    List<WhatIfResult.Row> rows = new ArrayList<>();
    for (ScoredCluster s : stored) {
      ScoredCluster r = recomputed.get(s.cluster());
      rows.add(
          new WhatIfResult.Row(
              s.cluster().value(),
              names.get(s.cluster()),
              s.total(),
              r.total(),
              s.grade(),
              r.grade(),
              s.rank(),
              r.rank(),
              s.stars(),
              r.stars()));
    }
    int changed = (int) rows.stream().filter(WhatIfResult.Row::gradeChanged).count();
    return new WhatIfResult(year, run.id(), run.schemeVersion(), changes, changed, rows);
  }

  /** The scheme of {@code version}. */
  @Transactional(readOnly = true)
  public Scheme scheme(String version) {
    return store.scheme(version);
  }

  /** The scheme that applies to {@code year}: the newest whose year is not after it. */
  @Transactional(readOnly = true)
  public Scheme schemeFor(int year) {
    return store.scheme(
        store
            .schemeVersionFor(year)
            .orElseThrow(() -> new RuleViolation("evaluation.no-scheme", year)));
  }

  /** Every published scheme, oldest first. */
  @Transactional(readOnly = true)
  public List<SchemeVersion> schemes() {
    return store.schemes();
  }

  /**
   * Publishes a new scheme version, which applies to its year and later ones from now on; runs made
   * before keep theirs. Refused unless the actor answers for the province, and when the version is
   * taken ({@code evaluation.scheme-version-taken}).
   */
  @Transactional
  public SchemeVersion publish(Scheme scheme, Actor actor, String reason) {
    if (!actor.isProvince()) {
      throw new RuleViolation("evaluation.scheme-forbidden", actor.name(), actor.role());
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("evaluation.scheme-reason", scheme.version());
    }
    store.insertScheme(
        scheme, actor, reason.strip(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    return store.schemes().stream()
        .filter(s -> s.version().equals(scheme.version()))
        .findFirst()
        .orElseThrow();
  }

  private EvaluationRun latestRun(int year) {
    return store.latestRun(year).orElseThrow(() -> new RuleViolation("evaluation.unknown", year));
  }

  private EvaluationRun requireRun(long runId) {
    return store.run(runId).orElseThrow(() -> new RuleViolation("evaluation-run.unknown", runId));
  }

  private Evaluation evaluation(
      EvaluationRun run, Scheme scheme, List<ScoredCluster> scored, int selfReportsMissing) {
    Map<ClusterId, String> names = names();
    List<ClusterResult> results = new ArrayList<>();
    for (ScoredCluster s : scored) {
      results.add(
          new ClusterResult(
              s.cluster().value(),
              names.get(s.cluster()),
              s.total(),
              s.grade(),
              s.stars(),
              run.schemeVersion(),
              s.rank()));
    }
    BigDecimal selfReportWeight =
        scheme.leaves().stream()
            .filter(l -> l.rule().source().isSelfReport())
            .map(SchemeIndicator::weight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Evaluation(
        run.year(),
        run.id(),
        run.schemeVersion(),
        run.dataVersion(),
        run.selfReportVersion(),
        run.previousRunId(),
        run.ranAt(),
        selfReportWeight,
        selfReportsMissing,
        results);
  }

  private Map<ClusterId, String> names() {
    Map<ClusterId, String> names = new HashMap<>();
    for (Cluster c : clusters.all()) {
      names.put(c.id(), c.name());
    }
    return names;
  }

  private String name(ClusterId id) {
    return clusters.find(id).map(Cluster::name).orElse(null);
  }
}
