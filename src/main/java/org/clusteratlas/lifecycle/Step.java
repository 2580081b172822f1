package org.clusteratlas.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clusteratlas.shared.Actor;

/**
 * One step of a case's history, never changed once stored: which transition, from which state to
 * which, who took it, when, why and on which documents.
 *
 * @param seq the step's place in its case, from 1
 * @param from the state before; null for the step that opened the case
 * @param on the day the step takes effect (Beijing time): the day it was taken, or for {@link
 *     Transition#ENROL} the day the register granted the designation
 * @param reason the written reason; required for rejections, warnings, demotion, merger, revocation
 *     and promotion
 */
public record Step(
    int seq,
    Transition transition,
    CaseState from,
    CaseState to,
    Actor actor,
    Instant at,
    LocalDate on,
    String reason,
    List<String> documents,
    StepDetails details) {

  public Step {
    documents = List.copyOf(documents);
  }

  Step withDetails(StepDetails changed) {
    return new Step(seq, transition, from, to, actor, at, on, reason, documents, changed);
  }
}
