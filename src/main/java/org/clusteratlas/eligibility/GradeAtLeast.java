package org.clusteratlas.eligibility;

import org.clusteratlas.evaluation.Grade;

/**
 * Evaluation grade (reconstructed criterion: a cluster put forward for a higher rung should stand
 * well in the province's comprehensive evaluation, 赣工信规字〔2021〕5号, DOMAIN.md §5): its grade in the
 * latest evaluation run of the year is {@code atLeast} or better (良好 or 优秀 by default).
 *
 * <p>Missing data: a year not evaluated, or a cluster without a grade in the year's run, gives
 * unknown.
 */
record GradeAtLeast(Grade atLeast) implements Criterion {

  static final String ID = "grade";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    String year = String.valueOf(facts.year());
    if (!facts.evaluated()) {
      return RuleResult.unknown(ID, "not-evaluated", year);
    }
    if (facts.grade() == null) {
      return RuleResult.unknown(ID, "not-graded", year);
    }
    Reason.Term grade = term(facts.grade());
    // grades are declared best first
    return facts.grade().ordinal() <= atLeast.ordinal()
        ? RuleResult.met(ID, "met", year, grade, term(atLeast))
        : RuleResult.notMet(ID, "not-met", year, grade, term(atLeast));
  }

  private static Reason.Term term(Grade grade) {
    return new Reason.Term("eligibility.grade." + grade.code());
  }
}
