package org.clusteratlas.management;

import java.time.Instant;
import java.util.Locale;
import org.clusteratlas.shared.Actor;

/**
 * A decision on a proposal, never changed once stored: confirmed or rejected by a person with a
 * reason (and a document number), or superseded by a later run of the same year.
 *
 * @param supersededByRun the run that superseded the proposal; null otherwise
 * @param lifecycleCaseId the provincial case on which confirming took the proposal's step; null for
 *     a flag, a rejection or a supersession
 * @param lifecycleStepSeq that step's place in its case
 */
public record Decision(
    Outcome outcome,
    Actor actor,
    Instant at,
    String reason,
    String document,
    Long supersededByRun,
    Long lifecycleCaseId,
    Integer lifecycleStepSeq) {

  /** What was decided; each outcome is the proposal's state after it. */
  public enum Outcome {
    CONFIRMED,
    REJECTED,
    SUPERSEDED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    ProposalState state() {
      return ProposalState.valueOf(name());
    }
  }

  Decision withStep(long caseId, int seq) {
    return new Decision(outcome, actor, at, reason, document, supersededByRun, caseId, seq);
  }
}
