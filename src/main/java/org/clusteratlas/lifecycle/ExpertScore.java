package org.clusteratlas.lifecycle;

import java.math.BigDecimal;

/**
 * One expert's score in an expert review (专家评审), out of 100, with the conflict of interest the
 * expert declared. A declared conflict excludes the score from the review: it is kept, with the
 * declaration that says why, but never counted.
 *
 * @param conflictOfInterest what the expert declared (e.g. 曾任该集群龙头企业顾问), or null when none
 */
public record ExpertScore(String expert, BigDecimal score, String conflictOfInterest) {

  /** Whether the score counts in the review: the expert declared no conflict. */
  public boolean counted() {
    return conflictOfInterest == null;
  }
}
