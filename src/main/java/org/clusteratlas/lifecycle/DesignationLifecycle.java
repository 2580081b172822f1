package org.clusteratlas.lifecycle;

import java.util.List;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Scope;

/**
 * The designation lifecycle: cases, their steps and the steps refused. A refused step raises a
 * {@link org.clusteratlas.shared.RuleViolation} ({@code lifecycle.*}, or the register's), changes
 * nothing, and is recorded as a {@link Refusal} that stays.
 */
public interface DesignationLifecycle {

  /** Opens a case by application or enrolment; the case as stored. */
  LifecycleCase open(CaseOpening opening, Caller caller);

  /** Takes a step on case {@code caseId}; the case as it now stands. */
  LifecycleCase take(long caseId, StepRequest request, Caller caller);

  /**
   * A case, if {@code scope} covers its cluster (the province and viewers every cluster, a bureau
   * the clusters hosted wholly within its region, an organisation its own); otherwise refused with
   * {@link org.clusteratlas.shared.AccessRefusedException}.
   */
  LifecycleCase find(long caseId, Scope scope);

  /** A cluster's cases, oldest first, for a scope that covers it. */
  ClusterCases casesOf(ClusterId cluster, Scope scope);

  /** The refused steps of a case, oldest first. */
  List<Refusal> refusals(long caseId);

  /** The steps the open cases await that {@code caller} may take today. */
  List<PendingStep> inbox(Caller caller);
}
