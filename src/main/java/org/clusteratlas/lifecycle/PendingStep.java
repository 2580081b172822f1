package org.clusteratlas.lifecycle;

import java.time.LocalDate;
import org.clusteratlas.cluster.DesignationKind;

/**
 * A step a case awaits that the asker may take.
 *
 * @param dueOn the day from which it may be taken when that is what it waited for (a re-review's
 *     due day, the day after a notice's end), else null
 */
public record PendingStep(
    long caseId,
    long clusterId,
    String clusterName,
    DesignationKind kind,
    CaseState state,
    Transition transition,
    LocalDate dueOn) {}
