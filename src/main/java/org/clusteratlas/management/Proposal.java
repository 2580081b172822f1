package org.clusteratlas.management;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;

/**
 * An action an evaluation run implies for one cluster, for a person to confirm or reject. It is
 * decided once: {@link #confirm} and {@link #reject} are the province administrator's and need a
 * written reason; {@link #supersede} is a later run's of the same year. Each checks that the
 * proposal is still open and records a {@link Decision}.
 */
public final class Proposal {

  static final int REASON_MAX = 2000;
  static final int DOCUMENT_MAX = 200;

  private final Long id;
  private final int year;
  private final long runId;
  private final ClusterId cluster;
  private final String clusterName;
  private final ProposalKind kind;
  private final Grounds grounds;
  private final Instant proposedAt;
  private ProposalState state;
  private final List<Decision> decisions;

  Proposal(
      Long id,
      int year,
      long runId,
      ClusterId cluster,
      String clusterName,
      ProposalKind kind,
      Grounds grounds,
      ProposalState state,
      Instant proposedAt,
      List<Decision> decisions) {
    this.id = id;
    this.year = year;
    this.runId = runId;
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.clusterName = clusterName;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.grounds = Objects.requireNonNull(grounds, "grounds");
    this.state = Objects.requireNonNull(state, "state");
    this.proposedAt = proposedAt;
    this.decisions = new ArrayList<>(decisions);
    if ((state == ProposalState.OPEN) != decisions.isEmpty()) {
      throw new IllegalStateException("proposal " + id + ": an open proposal has no decision");
    }
  }

  /** Confirms the proposal; for an action, the caller then takes its lifecycle step. */
  Decision confirm(Actor actor, String reason, String document, Instant at) {
    return decide(Decision.Outcome.CONFIRMED, actor, reason, document, at);
  }

  Decision reject(Actor actor, String reason, String document, Instant at) {
    return decide(Decision.Outcome.REJECTED, actor, reason, document, at);
  }

  /** A later run of the same year proposes afresh; this proposal no longer stands. */
  Decision supersede(long byRun, Actor actor, Instant at) {
    requireOpen();
    return record(
        new Decision(Decision.Outcome.SUPERSEDED, actor, at, null, null, byRun, null, null));
  }

  private Decision decide(
      Decision.Outcome outcome, Actor actor, String reason, String document, Instant at) {
    if (!actor.isProvince()) {
      throw new RuleViolation(
          "management.decide-forbidden", actor.name(), actor.role(), id, clusterName);
    }
    requireOpen();
    String why = text(reason);
    if (why == null) {
      throw new RuleViolation("management.reason-missing", id, clusterName, kind.code());
    }
    if (why.length() > REASON_MAX) {
      throw new RuleViolation("management.reason-too-long", why.length(), REASON_MAX);
    }
    String doc = text(document);
    if (doc != null && doc.length() > DOCUMENT_MAX) {
      throw new RuleViolation("management.document-too-long", doc.length(), DOCUMENT_MAX);
    }
    return record(new Decision(outcome, actor, at, why, doc, null, null, null));
  }

  private void requireOpen() {
    if (state != ProposalState.OPEN) {
      throw new RuleViolation(
          "management.proposal-not-open", id, clusterName, kind.code(), state.code());
    }
  }

  private Decision record(Decision decision) {
    decisions.add(decision);
    state = decision.outcome().state();
    return decision;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public long runId() {
    return runId;
  }

  public ClusterId cluster() {
    return cluster;
  }

  public String clusterName() {
    return clusterName;
  }

  public ProposalKind kind() {
    return kind;
  }

  public Grounds grounds() {
    return grounds;
  }

  public ProposalState state() {
    return state;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  /** The decision taken on it, oldest first: none while open, one after. */
  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  public Optional<Decision> decision() {
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1));
  }
}
