package org.clusteratlas.lifecycle;

import java.time.LocalDate;
import org.clusteratlas.cluster.DesignationKind;

/**
 * What a step records beyond who, when, why and which documents; each field belongs to some steps
 * and is null for the others.
 *
 * @param noticeStartsOn the first day of a public notice ({@link Transition#OPEN_PUBLIC_NOTICE})
 * @param noticeEndsOn the last day of a public notice, inclusive
 * @param year the year of an annual report or an evaluation
 * @param grade the grade of an evaluation
 * @param relatedKind the rung a promotion aims at, a demotion lands on, or (on a case opened by
 *     promotion) the rung it was promoted from
 * @param relatedCluster the cluster a merger went into
 * @param relatedCase the case a promotion opened, or (on that case) the case it came from
 * @param score an expert's score ({@link Transition#RECORD_EXPERT_SCORE})
 */
public record StepDetails(
    LocalDate noticeStartsOn,
    LocalDate noticeEndsOn,
    Integer year,
    EvaluationGrade grade,
    DesignationKind relatedKind,
    Long relatedCluster,
    Long relatedCase,
    ExpertScore score) {

  public static final StepDetails NONE =
      new StepDetails(null, null, null, null, null, null, null, null);

  static StepDetails notice(LocalDate startsOn, LocalDate endsOn) {
    return new StepDetails(startsOn, endsOn, null, null, null, null, null, null);
  }

  static StepDetails year(int year, EvaluationGrade grade) {
    return new StepDetails(null, null, year, grade, null, null, null, null);
  }

  static StepDetails related(DesignationKind kind, Long cluster, Long caseId) {
    return new StepDetails(null, null, null, null, kind, cluster, caseId, null);
  }

  static StepDetails score(ExpertScore score) {
    return new StepDetails(null, null, null, null, null, null, null, score);
  }

  StepDetails withRelatedCase(Long caseId) {
    return new StepDetails(
        noticeStartsOn, noticeEndsOn, year, grade, relatedKind, relatedCluster, caseId, score);
  }
}
