package org.clusteratlas.lifecycle;

import java.time.Instant;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor;

/** Published after each step of a case is stored. */
public record LifecycleStepTaken(
    long caseId,
    ClusterId cluster,
    DesignationKind kind,
    int seq,
    Transition transition,
    CaseState from,
    CaseState to,
    Actor actor,
    Instant at) {}
