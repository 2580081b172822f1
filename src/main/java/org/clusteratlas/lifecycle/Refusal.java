package org.clusteratlas.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;

/**
 * A step that was refused, as recorded: who tried what on which case in which state, when, and the
 * rule that refused it with its arguments, so the message can be shown in either language.
 *
 * @param caseId null when no case was opened (a refused application) or none was found
 * @param clusterId null when the case was not found
 * @param from the case's state then; null when there was no case
 * @param arguments the rejected value, then the message's further arguments, as text
 */
public record Refusal(
    Long caseId,
    Long clusterId,
    DesignationKind kind,
    Transition transition,
    CaseState from,
    Actor actor,
    Instant at,
    String rule,
    List<String> arguments) {

  public Refusal {
    arguments = List.copyOf(arguments);
  }

  /** The refusal's message in {@code locale}, as it was first shown. */
  public String message(Locale locale) {
    return violation().message(locale);
  }

  RuleViolation violation() {
    Object[] further = arguments.subList(1, arguments.size()).toArray();
    return new RuleViolation(rule, arguments.get(0), further);
  }
}
