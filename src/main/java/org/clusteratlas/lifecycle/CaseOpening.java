package org.clusteratlas.lifecycle;

import java.util.List;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;

/**
 * A request to open a case: {@link Transition#APPLY} (申报) or {@link Transition#ENROL} (a
 * designation already held enters the lifecycle).
 */
public record CaseOpening(
    Transition transition,
    ClusterId cluster,
    DesignationKind kind,
    String reason,
    List<String> documents) {}
