package org.clusteratlas.management;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.eligibility.Eligibility;
import org.clusteratlas.evaluation.ClusterResult;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.ClusterFigures;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.indicator.RevenueTier;
import org.clusteratlas.lifecycle.Caller;
import org.clusteratlas.lifecycle.CaseOpening;
import org.clusteratlas.lifecycle.DesignationLifecycle;
import org.clusteratlas.lifecycle.LifecycleCase;
import org.clusteratlas.lifecycle.StepRequest;
import org.clusteratlas.lifecycle.Transition;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dynamic management: proposes, after each evaluation run, the actions the {@link ProposalRules}
 * imply; shows the proposals to the readers whose scope covers their clusters; and lets the
 * province administrator confirm one (taking its lifecycle step) or reject it, with a reason.
 */
@Service
public class DynamicManagement {

  private static final Logger log = LoggerFactory.getLogger(DynamicManagement.class);

  /** Stored texts (a lifecycle step's reason) are written in Chinese, as first shown. */
  private static final Locale STORED = Locale.SIMPLIFIED_CHINESE;

  private final ProposalStore store;
  private final Evaluations evaluations;
  private final DesignationLifecycle lifecycle;
  private final ClusterRegister clusters;
  private final IndicatorReadModel indicators;
  private final Eligibility eligibility;
  private final RegionDirectory regions;
  private final ManagementProperties settings;
  private final ProposalRules rules;
  private final MessageSource messages;
  private final Clock clock;

  /**
   * The tiers of a year as of a data version, for the runs that follow: a year is re-run under
   * another scheme from the same reports, and each run reads this year and last, two statements
   * over every report of the year (about 70 ms each at province scale) that would otherwise double
   * a run's time. A data version's reports never change and its id is never reused (memberships are
   * read as they are now: one changed since shows from the next data version).
   */
  private final Map<String, Map<ClusterId, RevenueTier>> tierCache =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<ClusterId, RevenueTier>> e) {
              return size() > TIERS_CACHED;
            }
          });

  private static final int TIERS_CACHED = 8;

  DynamicManagement(
      ProposalStore store,
      Evaluations evaluations,
      DesignationLifecycle lifecycle,
      ClusterRegister clusters,
      IndicatorReadModel indicators,
      Eligibility eligibility,
      RegionDirectory regions,
      ManagementProperties settings,
      MessageSource messages,
      Clock clock) {
    this.store = store;
    this.evaluations = evaluations;
    this.lifecycle = lifecycle;
    this.clusters = clusters;
    this.indicators = indicators;
    this.eligibility = eligibility;
    this.regions = regions;
    this.settings = settings;
    this.rules = new ProposalRules(settings);
    this.messages = messages;
    this.clock = clock;
  }

  // ---- proposing -------------------------------------------------------------------------------

  /**
   * Proposes what run {@code runId} of {@code year} implies, after superseding the open proposals
   * of the year's earlier runs; called inside the run's transaction. The number of proposals made.
   */
  @Transactional
  int propose(int year, long runId, Actor actor) {
    long started = System.nanoTime();
    Evaluation run = evaluations.ofRun(runId);
    Map<ClusterId, String> names = names();
    Instant at = now();
    for (Proposal open : store.openOfOtherRuns(year, runId, names)) {
      store.decided(open.id(), open.supersede(runId, actor, at));
    }
    Map<Integer, Map<ClusterId, Grade>> earlier = earlierGrades(run);
    Map<ClusterId, Integer> warned = store.warned();
    Map<ClusterId, RevenueTier> tiers = settings.tierFlags() ? tiers(year, run) : Map.of();
    Map<ClusterId, RevenueTier> lastTiers = settings.tierFlags() ? tiers(year - 1, run) : Map.of();
    List<Standing> standings = new ArrayList<>();
    for (ClusterResult r : run.results()) {
      ClusterId id = new ClusterId(r.clusterId());
      Map<Integer, Grade> before = new HashMap<>();
      earlier.forEach(
          (y, grades) -> {
            if (grades.containsKey(id)) {
              before.put(y, grades.get(id));
            }
          });
      standings.add(
          new Standing(
              id,
              r.name(),
              year,
              r.grade(),
              r.total(),
              before,
              warned.get(id),
              tiers.isEmpty() ? null : tiers.getOrDefault(id, RevenueTier.BELOW),
              lastTiers.isEmpty() ? null : lastTiers.getOrDefault(id, RevenueTier.BELOW)));
    }
    List<ProposalRules.Proposed> proposed = rules.propose(standings);
    for (ProposalRules.Proposed p : proposed) {
      store.insert(year, runId, p, at);
    }
    log.debug(
        "proposals of run {} ({}): {} in {} ms",
        runId,
        year,
        proposed.size(),
        (System.nanoTime() - started) / 1_000_000);
    return proposed.size();
  }

  /**
   * Flags the clusters of run {@code runId} that could apply for a ladder's next rung in {@code
   * year} and could not in the year before ({@link ProposalRules#becameEligible}); called after the
   * run's commit, in a transaction of its own, because the eligibility board reads every member's
   * records. Nothing when a newer run of the year exists (it flags for itself) or the run's flags
   * are made already. The number of flags.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  int proposeEligibility(int year, long runId) {
    Evaluation run = evaluations.ofRun(runId);
    if (evaluations.findLatest(year).map(e -> e.runId() != runId).orElse(true)
        || store.made(runId, ProposalKind.BECAME_ELIGIBLE)) {
      return 0;
    }
    List<Integer> years = eligibility.years();
    Map<ClusterId, Set<String>> now = eligibleLadders(years.contains(year) ? year : null);
    Map<ClusterId, Set<String>> before =
        eligibleLadders(years.contains(year - 1) ? year - 1 : null);
    Instant at = now();
    int flagged = 0;
    for (ClusterResult r : run.results()) {
      ClusterId id = new ClusterId(r.clusterId());
      var grounds =
          ProposalRules.becameEligible(
              year, now.getOrDefault(id, Set.of()), before.getOrDefault(id, Set.of()));
      if (grounds.isPresent()) {
        store.insert(
            year,
            runId,
            new ProposalRules.Proposed(id, ProposalKind.BECAME_ELIGIBLE, grounds.get()),
            at);
        flagged++;
      }
    }
    return flagged;
  }

  /** The ladders (codes) each cluster could apply for in {@code year}; none for a null year. */
  private Map<ClusterId, Set<String>> eligibleLadders(Integer year) {
    Map<ClusterId, Set<String>> ladders = new HashMap<>();
    if (year != null) {
      eligibility
          .eligible(year)
          .forEach(
              (ladder, ids) ->
                  ids.forEach(
                      id -> ladders.computeIfAbsent(id, k -> new HashSet<>()).add(ladder.code())));
    }
    return ladders;
  }

  /** The grades of the runs before {@code run}, year by year, as far back as the rules look. */
  private Map<Integer, Map<ClusterId, Grade>> earlierGrades(Evaluation run) {
    Map<Integer, Map<ClusterId, Grade>> earlier = new HashMap<>();
    Long previous = run.previousRunId();
    for (int i = 1; i < settings.revokeAfter() && previous != null; i++) {
      Evaluations.RunGrades before = evaluations.gradesOf(previous);
      earlier.put(before.year(), before.grades());
      previous = before.previousRunId();
    }
    return earlier;
  }

  /**
   * Each cluster's revenue tier in {@code year}, from the reports as of the run's data version; an
   * empty map when the year has no frame.
   */
  private Map<ClusterId, RevenueTier> tiers(int year, Evaluation run) {
    String key = year + "@" + run.dataVersion();
    Map<ClusterId, RevenueTier> known = tierCache.get(key);
    if (known != null) {
      return known;
    }
    // after the cache: the years are a scan of every frame row
    if (!indicators.years().contains(year)) {
      return Map.of();
    }
    Map<ClusterId, RevenueTier> tiers = new HashMap<>();
    for (ClusterFigures f :
        indicators.byCluster(ReportingPeriod.annual(year), run.dataVersion()).values()) {
      tiers.put(f.cluster(), f.figures().tier());
    }
    tierCache.put(key, Map.copyOf(tiers));
    return tiers;
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * The proposals matching the filters (null: any) whose clusters {@code scope} covers: every one
   * for the province and viewers, those of the clusters hosted wholly within its region for a
   * bureau, its own for an organisation. Refused to the public.
   */
  @Transactional(readOnly = true)
  public List<Proposal> proposals(
      Integer year, ProposalState state, ProposalKind kind, Scope scope) {
    requireSignedIn(scope, "management/proposals");
    Map<ClusterId, Cluster> all = clustersById();
    return store.list(year, state, kind, names(all)).stream()
        .filter(p -> visible(all.get(p.cluster()), scope))
        .toList();
  }

  /** One proposal with its decision, if {@code scope} covers its cluster. */
  @Transactional(readOnly = true)
  public Proposal proposal(long id, Scope scope) {
    requireSignedIn(scope, "management/proposals/" + id);
    Map<ClusterId, Cluster> all = clustersById();
    Proposal p =
        store
            .find(id, false, names(all))
            .orElseThrow(() -> new RuleViolation("management-proposal.unknown", id));
    if (!visible(all.get(p.cluster()), scope)) {
      throw new AccessRefusedException(scope, "management/proposals/" + id);
    }
    return p;
  }

  /** The years with proposals, latest first. */
  @Transactional(readOnly = true)
  public List<Integer> years() {
    return store.years();
  }

  // ---- deciding --------------------------------------------------------------------------------

  /**
   * Confirms proposal {@code id}: records the decision and, for an action, takes its step on the
   * cluster's open provincial case as {@code actor}, with the same reason and document. A cluster
   * that holds the provincial designation but has no open case is first enrolled (纳入动态管理) by the
   * same actor. If the lifecycle refuses, nothing is stored and the refusal is raised as {@code
   * management.step-refused}, naming the proposal; the proposal stays open.
   */
  @Transactional
  public Proposal confirm(long id, Actor actor, String reason, String document) {
    Map<ClusterId, String> names = names();
    Proposal p = lockedProposal(id, names);
    Decision decision = p.confirm(actor, reason, document, now());
    Optional<Transition> step = p.kind().step();
    if (step.isPresent()) {
      decision = takeStep(p, step.get(), decision, actor);
    }
    store.decided(id, decision);
    return store.find(id, false, names).orElseThrow();
  }

  /** Rejects proposal {@code id} with a reason; nothing else changes. */
  @Transactional
  public Proposal reject(long id, Actor actor, String reason, String document) {
    Map<ClusterId, String> names = names();
    Proposal p = lockedProposal(id, names);
    store.decided(id, p.reject(actor, reason, document, now()));
    return store.find(id, false, names).orElseThrow();
  }

  private Proposal lockedProposal(long id, Map<ClusterId, String> names) {
    return store
        .find(id, true, names)
        .orElseThrow(() -> new RuleViolation("management-proposal.unknown", id));
  }

  private Decision takeStep(Proposal p, Transition step, Decision decision, Actor actor) {
    Caller caller = Caller.of(actor);
    List<String> documents = decision.document() == null ? List.of() : List.of(decision.document());
    try {
      long caseId =
          openProvincialCase(p.cluster(), actor)
              .orElseGet(
                  () ->
                      lifecycle
                          .open(
                              new CaseOpening(
                                  Transition.ENROL,
                                  p.cluster(),
                                  DesignationKind.PROVINCIAL,
                                  messages.getMessage(
                                      "management.enrol-reason", new Object[] {p.id()}, STORED),
                                  documents),
                              caller)
                          .id());
      LifecycleCase taken =
          lifecycle.take(caseId, StepRequest.of(step, decision.reason(), documents), caller);
      int seq = taken.steps().get(taken.steps().size() - 1).seq();
      return decision.withStep(caseId, seq);
    } catch (RuleViolation refused) {
      throw new StepRefused(p, refused);
    }
  }

  private Optional<Long> openProvincialCase(ClusterId cluster, Actor actor) {
    return lifecycle.casesOf(cluster, Scope.province(actor.name())).cases().stream()
        .filter(c -> c.kind() == DesignationKind.PROVINCIAL && !c.state().isEnded())
        .map(LifecycleCase::id)
        .findFirst();
  }

  // ---- enrolment -------------------------------------------------------------------------------

  /**
   * Enrols (纳入动态管理) every cluster holding the provincial designation today that has no open
   * provincial case, as {@code actor}; the number enrolled. The demo province does this on its
   * load, so that warnings can be confirmed on a fresh start.
   */
  @Transactional
  public int enrolProvincialHolders(Actor actor, String reason) {
    LocalDate today = LocalDate.ofInstant(now(), LifecycleCase.ZONE);
    Set<ClusterId> holders = clusters.holdersOn(DesignationKind.PROVINCIAL, today);
    int enrolled = 0;
    for (ClusterId id :
        holders.stream().sorted(java.util.Comparator.comparingLong(ClusterId::value)).toList()) {
      if (openProvincialCase(id, actor).isEmpty()) {
        lifecycle.open(
            new CaseOpening(Transition.ENROL, id, DesignationKind.PROVINCIAL, reason, List.of()),
            Caller.of(actor));
        enrolled++;
      }
    }
    return enrolled;
  }

  // ---- scope -----------------------------------------------------------------------------------

  private static void requireSignedIn(Scope scope, String what) {
    if (!scope.signedIn()) {
      throw new AccessRefusedException(scope, what);
    }
  }

  private boolean visible(Cluster cluster, Scope scope) {
    if (cluster == null) {
      return false;
    }
    return switch (scope.kind()) {
      case PROVINCE, VIEWER -> true;
      case REGION -> {
        List<String> hosts = cluster.hosts().stream().map(this::region).toList();
        yield !hosts.isEmpty() && hosts.stream().allMatch(scope::coversRegion);
      }
      case CLUSTER -> scope.clusterId() == cluster.id().value();
      case PUBLIC -> false;
    };
  }

  /** A host's region: its own code, or the region a development zone lies in. */
  private String region(ClusterHost host) {
    if (host.region() != null) {
      return host.region().value();
    }
    return regions.zone(host.zone()).map(DevelopmentZone::parent).map(Object::toString).orElse("");
  }

  private Map<ClusterId, Cluster> clustersById() {
    Map<ClusterId, Cluster> all = new HashMap<>();
    for (Cluster c : clusters.all()) {
      all.put(c.id(), c);
    }
    return all;
  }

  private Map<ClusterId, String> names() {
    return names(clustersById());
  }

  private static Map<ClusterId, String> names(Map<ClusterId, Cluster> all) {
    Map<ClusterId, String> names = new HashMap<>();
    all.forEach((id, c) -> names.put(id, c.name()));
    return names;
  }

  private Instant now() {
    // as PostgreSQL keeps it: microseconds
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
