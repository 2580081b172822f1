package org.clusteratlas.lifecycle;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.cluster.Designation;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle on PostgreSQL: tables {@code lifecycle_case}, {@code lifecycle_step}, {@code
 * lifecycle_expert_score} and {@code lifecycle_refusal} (migration V9). A step locks its case's
 * row; opening a case takes a transaction-level advisory lock on the cluster, so two requests
 * cannot both open a case for it. Whatever refuses a step (the case, the register) is recorded by
 * {@link LifecycleRefusals} in a transaction of its own, then raised, so the step's own work rolls
 * back.
 */
@Service
class JdbcDesignationLifecycle implements DesignationLifecycle {

  /** The first key of this module's advisory locks; the second is the cluster id. */
  private static final int ADVISORY_LOCK_SPACE = 0x4c494645;

  private final JdbcClient jdbc;
  private final ClusterRegister register;
  private final RegionDirectory regions;
  private final LifecycleRefusals refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JdbcDesignationLifecycle(
      JdbcClient jdbc,
      ClusterRegister register,
      RegionDirectory regions,
      LifecycleRefusals refusals,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.regions = regions;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional
  public LifecycleCase open(CaseOpening opening, Caller caller) {
    Instant at = now();
    try {
      if (!opening.transition().opensCase()) {
        throw new RuleViolation(
            "lifecycle.not-an-opening", opening.transition().code(), Transition.APPLY.code());
      }
      if (opening.cluster() == null) {
        throw new RuleViolation("lifecycle.cluster-missing", opening.transition().code());
      }
      if (opening.kind() == null) {
        throw new RuleViolation("lifecycle.kind-missing", opening.transition().code());
      }
      lockCluster(opening.cluster());
      CaseSubject subject = subject(opening.cluster());
      LifecycleCase opened =
          opening.transition() == Transition.ENROL
              ? LifecycleCase.enrol(
                  subject, opening.kind(), caller, at, opening.reason(), opening.documents())
              : LifecycleCase.apply(
                  subject, opening.kind(), caller, at, opening.reason(), opening.documents());
      store(opened, null);
      return opened;
    } catch (RuleViolation refused) {
      refusals.record(
          new Refusal(
              null,
              opening.cluster() == null ? null : opening.cluster().value(),
              opening.kind(),
              opening.transition(),
              null,
              caller.actor(),
              at,
              refused.rule(),
              arguments(refused)));
      throw refused;
    }
  }

  @Override
  @Transactional
  public LifecycleCase take(long caseId, StepRequest request, Caller caller) {
    Instant at = now();
    LifecycleCase c = null;
    try {
      c = load(caseId, true).orElseThrow(() -> new RuleViolation("lifecycle.case.unknown", caseId));
      if (request.transition().opensCase()) {
        throw new RuleViolation(
            "lifecycle.opens-case",
            request.transition().code(),
            request.transition().chineseName());
      }
      dispatch(c, request, caller, at);
      for (RegisterChange change : c.takeRegisterChanges()) {
        if (change.grant()) {
          register.grant(c.subject().cluster(), change.kind(), change.on(), change.document());
        } else {
          register.revoke(
              c.subject().cluster(),
              change.kind(),
              change.on(),
              change.document(),
              change.reason());
        }
      }
      Optional<LifecycleCase> promoted = c.promoted();
      if (promoted.isPresent()) {
        lockCluster(c.subject().cluster());
        store(promoted.get(), c.id());
        for (Step step : c.newSteps()) {
          if (step.transition() == Transition.PROMOTE) {
            c.replaceNewStep(step.withDetails(step.details().withRelatedCase(promoted.get().id())));
          }
        }
      }
      store(c, null);
      return c;
    } catch (RuleViolation refused) {
      refusals.record(
          new Refusal(
              caseId,
              c == null ? null : c.subject().cluster().value(),
              c == null ? null : c.kind(),
              request.transition(),
              c == null ? null : c.state(),
              caller.actor(),
              at,
              refused.rule(),
              arguments(refused)));
      throw refused;
    }
  }

  /** Calls the named step the request asks for. */
  private void dispatch(LifecycleCase c, StepRequest r, Caller caller, Instant at) {
    switch (r.transition()) {
      case PASS_FORMAL_CHECK -> c.passFormalCheck(caller, at, r.reason(), r.documents());
      case REJECT_FORMAL_CHECK -> c.rejectFormalCheck(caller, at, r.reason(), r.documents());
      case RECORD_EXPERT_SCORE ->
          c.recordExpertScore(
              caller, at, r.expert(), r.score(), r.conflictOfInterest(), r.reason(), r.documents());
      case REJECT_REVIEW -> c.rejectReview(caller, at, r.reason(), r.documents());
      case OPEN_PUBLIC_NOTICE ->
          c.openPublicNotice(
              caller, at, r.noticeStartsOn(), r.noticeEndsOn(), r.reason(), r.documents());
      case REJECT_NOTICE -> c.rejectNotice(caller, at, r.reason(), r.documents());
      case RECOGNISE -> c.recognise(caller, at, r.reason(), r.documents());
      case FILE_ANNUAL_REPORT ->
          c.fileAnnualReport(caller, at, r.year(), r.reason(), r.documents());
      case RECORD_EVALUATION ->
          c.recordEvaluation(caller, at, r.year(), r.grade(), r.reason(), r.documents());
      case START_RE_REVIEW -> c.startReReview(caller, at, r.reason(), r.documents());
      case PASS_RE_REVIEW -> c.passReReview(caller, at, r.reason(), r.documents());
      case WARN -> c.warn(caller, at, r.reason(), r.documents());
      case LIFT_WARNING -> c.liftWarning(caller, at, r.reason(), r.documents());
      case PROMOTE -> c.promote(caller, at, r.toKind(), r.reason(), r.documents());
      case DEMOTE -> c.demote(caller, at, r.reason(), r.documents());
      case MERGE ->
          c.merge(
              caller,
              at,
              r.mergedInto(),
              r.mergedInto() == null || r.mergedInto() < 1
                  ? Optional.empty()
                  : register.find(new ClusterId(r.mergedInto())).map(Cluster::name),
              r.reason(),
              r.documents());
      case REVOKE -> c.revoke(caller, at, r.reason(), r.documents());
      case APPLY, ENROL -> throw new IllegalStateException("opening steps are refused above");
    }
  }

  @Override
  public LifecycleCase find(long caseId, Scope scope) {
    LifecycleCase c =
        load(caseId, false).orElseThrow(() -> new RuleViolation("lifecycle.case.unknown", caseId));
    requireVisible(c.subject(), scope, "lifecycle/cases/" + caseId);
    return c;
  }

  @Override
  public ClusterCases casesOf(ClusterId cluster, Scope scope) {
    CaseSubject subject =
        subjectIfKnown(cluster)
            .orElseThrow(() -> new RuleViolation("lifecycle.cluster.unknown", cluster));
    requireVisible(subject, scope, "lifecycle/clusters/" + cluster);
    List<Long> ids =
        jdbc.sql("select id from lifecycle_case where cluster_id = ? order by id")
            .param(cluster.value())
            .query(Long.class)
            .list();
    return new ClusterCases(
        subject, ids.stream().map(id -> load(id, false, c -> subject).orElseThrow()).toList());
  }

  @Override
  public List<Refusal> refusals(long caseId) {
    return refusals.ofCase(caseId);
  }

  @Override
  public List<PendingStep> inbox(Caller caller) {
    if (caller.actor().role() == Actor.Role.VIEWER) {
      return List.of();
    }
    LocalDate today = LifecycleCase.day(now());
    List<Long> open =
        jdbc.sql(
                "select id from lifecycle_case where state not in ('rejected', 'demoted',"
                    + " 'merged', 'revoked') order by id")
            .query(Long.class)
            .list();
    List<PendingStep> pending = new ArrayList<>();
    Map<ClusterId, CaseSubject> subjects = new HashMap<>();
    for (long id : open) {
      LifecycleCase c =
          load(id, false, cluster -> subjects.computeIfAbsent(cluster, this::subject))
              .orElseThrow();
      for (Transition t : c.pending(caller, today)) {
        pending.add(
            new PendingStep(
                id,
                c.subject().cluster().value(),
                c.subject().name(),
                c.kind(),
                c.state(),
                t,
                dueOn(c, t)));
      }
    }
    return pending;
  }

  private static LocalDate dueOn(LifecycleCase c, Transition t) {
    return switch (t) {
      case START_RE_REVIEW -> c.reReviewDueOn().orElse(null);
      case RECOGNISE -> c.noticeEndsOn().map(d -> d.plusDays(1)).orElse(null);
      default -> null;
    };
  }

  // ---- the subject -----------------------------------------------------------------------------

  private CaseSubject subject(ClusterId cluster) {
    return subjectIfKnown(cluster)
        .orElseThrow(() -> new RuleViolation("lifecycle.cluster.unknown", cluster));
  }

  private Optional<CaseSubject> subjectIfKnown(ClusterId id) {
    return register.find(id).map(this::subject);
  }

  private CaseSubject subject(Cluster cluster) {
    Map<DesignationKind, LocalDate> held = new HashMap<>();
    for (Designation d : cluster.designations()) {
      if (!d.isRevoked()) {
        held.put(d.kind(), d.grantedOn());
      }
    }
    Map<DesignationKind, Long> open = new HashMap<>();
    jdbc.sql(
            "select kind, id from lifecycle_case where cluster_id = ? and state not in"
                + " ('rejected', 'demoted', 'merged', 'revoked')")
        .param(cluster.id().value())
        .query(
            (RowCallbackHandler)
                rs -> open.put(DesignationKind.ofCode(rs.getString(1)), rs.getLong(2)));
    return new CaseSubject(
        cluster.id(),
        cluster.name(),
        cluster.hosts().stream().map(this::region).toList(),
        held,
        open);
  }

  /** A host's region: its own code, or the region a development zone lies in. */
  private String region(ClusterHost host) {
    if (host.region() != null) {
      return host.region().value();
    }
    return regions.zone(host.zone()).map(DevelopmentZone::parent).map(Object::toString).orElse("");
  }

  private static void requireVisible(CaseSubject subject, Scope scope, String what) {
    boolean visible =
        switch (scope.kind()) {
          case PROVINCE, VIEWER -> true;
          case REGION ->
              !subject.hostRegions().isEmpty()
                  && subject.hostRegions().stream().allMatch(scope::coversRegion);
          case CLUSTER -> scope.clusterId() == subject.cluster().value();
          case PUBLIC -> false;
        };
    if (!visible) {
      throw new AccessRefusedException(scope, what);
    }
  }

  private void lockCluster(ClusterId cluster) {
    jdbc.sql("select pg_advisory_xact_lock(?, ?)")
        .params(ADVISORY_LOCK_SPACE, (int) cluster.value())
        .query((rs, n) -> n)
        .list();
  }

  // ---- storing and loading ---------------------------------------------------------------------

  /** Writes a new case's row, or a stored case's state, then its new steps; publishes them. */
  private void store(LifecycleCase c, Long originCase) {
    long id;
    if (c.id() == null) {
      id =
          jdbc.sql(
                  "insert into lifecycle_case (cluster_id, kind, state, opened_at, origin_case_id)"
                      + " values (?, ?, ?, ?, ?) returning id")
              .params(
                  c.subject().cluster().value(),
                  c.kind().code(),
                  c.state().code(),
                  timestamp(c.openedAt()),
                  originCase)
              .query(Long.class)
              .single();
    } else {
      id = c.id();
      jdbc.sql("update lifecycle_case set state = ? where id = ? and state <> ?")
          .params(c.state().code(), id, c.state().code())
          .update();
    }
    List<Step> written = c.newSteps();
    for (Step step : written) {
      insert(id, step);
    }
    c.markStored(id);
    for (Step step : written) {
      events.publishEvent(
          new LifecycleStepTaken(
              id,
              c.subject().cluster(),
              c.kind(),
              step.seq(),
              step.transition(),
              step.from(),
              step.to(),
              step.actor(),
              step.at()));
    }
  }

  private void insert(long caseId, Step step) {
    StepDetails d = step.details();
    jdbc.sql(
            "insert into lifecycle_step (case_id, seq, transition, from_state, to_state,"
                + " actor_name, actor_role, actor_region, at, effective_on, reason, documents,"
                + " notice_starts_on, notice_ends_on, year, grade, related_kind,"
                + " related_cluster_id, related_case_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseId,
            step.seq(),
            step.transition().code(),
            step.from() == null ? null : step.from().code(),
            step.to().code(),
            step.actor().name(),
            roleCode(step.actor().role()),
            step.actor().regionCode(),
            timestamp(step.at()),
            Date.valueOf(step.on()),
            step.reason(),
            step.documents().toArray(String[]::new),
            date(d.noticeStartsOn()),
            date(d.noticeEndsOn()),
            d.year(),
            d.grade() == null ? null : d.grade().code(),
            d.relatedKind() == null ? null : d.relatedKind().code(),
            d.relatedCluster(),
            d.relatedCase())
        .update();
    ExpertScore score = d.score();
    if (score != null) {
      jdbc.sql(
              "insert into lifecycle_expert_score (case_id, seq, expert, score,"
                  + " conflict_of_interest, counted) values (?, ?, ?, ?, ?, ?)")
          .params(
              caseId,
              step.seq(),
              score.expert(),
              score.score(),
              score.conflictOfInterest(),
              score.counted())
          .update();
    }
  }

  private Optional<LifecycleCase> load(long caseId, boolean forUpdate) {
    return load(caseId, forUpdate, this::subject);
  }

  /** A stored case, its cluster as {@code subjects} gives it (a cache when loading many). */
  private Optional<LifecycleCase> load(
      long caseId, boolean forUpdate, Function<ClusterId, CaseSubject> subjects) {
    record Row(long clusterId, DesignationKind kind, CaseState state, Instant openedAt) {}
    Optional<Row> row =
        jdbc.sql(
                "select cluster_id, kind, state, opened_at from lifecycle_case where id = ?"
                    + (forUpdate ? " for update" : ""))
            .param(caseId)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        DesignationKind.ofCode(rs.getString(2)),
                        CaseState.ofCode(rs.getString(3)),
                        instant(rs, 4)))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, ExpertScore> scores = new HashMap<>();
    jdbc.sql(
            "select seq, expert, score, conflict_of_interest from lifecycle_expert_score"
                + " where case_id = ?")
        .param(caseId)
        .query(
            rs -> {
              scores.put(
                  rs.getInt(1),
                  new ExpertScore(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
            });
    List<Step> steps =
        jdbc.sql(
                "select seq, transition, from_state, to_state, actor_name, actor_role,"
                    + " actor_region, at, effective_on, reason, documents, notice_starts_on,"
                    + " notice_ends_on, year, grade, related_kind, related_cluster_id,"
                    + " related_case_id from lifecycle_step where case_id = ? order by seq")
            .param(caseId)
            .query((rs, n) -> step(rs, scores))
            .list();
    Row r = row.get();
    return Optional.of(
        LifecycleCase.restore(
            caseId,
            subject(new ClusterId(r.clusterId())),
            r.kind(),
            r.openedAt(),
            r.state(),
            steps));
  }

  private static Step step(ResultSet rs, Map<Integer, ExpertScore> scores) throws SQLException {
    int seq = rs.getInt("seq");
    String from = rs.getString("from_state");
    String grade = rs.getString("grade");
    String relatedKind = rs.getString("related_kind");
    Array documents = rs.getArray("documents");
    return new Step(
        seq,
        Transition.ofCode(rs.getString("transition")),
        from == null ? null : CaseState.ofCode(from),
        CaseState.ofCode(rs.getString("to_state")),
        new Actor(
            rs.getString("actor_name"),
            Actor.Role.valueOf(rs.getString("actor_role").toUpperCase(Locale.ROOT)),
            rs.getString("actor_region")),
        instant(rs, "at"),
        rs.getObject("effective_on", LocalDate.class),
        rs.getString("reason"),
        List.of((String[]) documents.getArray()),
        new StepDetails(
            rs.getObject("notice_starts_on", LocalDate.class),
            rs.getObject("notice_ends_on", LocalDate.class),
            (Integer) rs.getObject("year", Integer.class),
            grade == null ? null : EvaluationGrade.ofCode(grade),
            relatedKind == null ? null : DesignationKind.ofCode(relatedKind),
            (Long) rs.getObject("related_cluster_id", Long.class),
            (Long) rs.getObject("related_case_id", Long.class),
            scores.get(seq)));
  }

  static List<String> arguments(RuleViolation refused) {
    List<String> all = new ArrayList<>();
    all.add(refused.rejectedValue());
    all.addAll(List.of(refused.argumentsAsText()));
    return all;
  }

  static String roleCode(Actor.Role role) {
    return role.name().toLowerCase(Locale.ROOT);
  }

  /** The clock's instant at the database's precision, so a step reads back as it was taken. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
