package org.clusteratlas.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clusteratlas.cluster.DesignationKind;

/**
 * A step asked for on an open case: the transition, its reason and documents, and what the
 * transition needs besides (null where it needs nothing).
 *
 * @param expert the expert of {@link Transition#RECORD_EXPERT_SCORE}, with {@code score} and the
 *     declared {@code conflictOfInterest} (null: none declared)
 * @param noticeStartsOn the first day of {@link Transition#OPEN_PUBLIC_NOTICE}'s notice
 * @param noticeEndsOn its last day, included
 * @param year the year of {@link Transition#FILE_ANNUAL_REPORT} or {@link
 *     Transition#RECORD_EVALUATION}
 * @param grade the grade of {@link Transition#RECORD_EVALUATION}
 * @param toKind the rung {@link Transition#PROMOTE} aims at
 * @param mergedInto the cluster {@link Transition#MERGE} goes into
 */
public record StepRequest(
    Transition transition,
    String reason,
    List<String> documents,
    String expert,
    BigDecimal score,
    String conflictOfInterest,
    LocalDate noticeStartsOn,
    LocalDate noticeEndsOn,
    Integer year,
    EvaluationGrade grade,
    DesignationKind toKind,
    Long mergedInto) {

  /** A step that needs only a reason and documents. */
  public static StepRequest of(Transition transition, String reason, List<String> documents) {
    return new StepRequest(
        transition, reason, documents, null, null, null, null, null, null, null, null, null);
  }
}
