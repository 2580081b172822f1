package org.clusteratlas.management;

import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;

/**
 * A confirmation the lifecycle refused: the message names the proposal, then gives the lifecycle's
 * own reason in the same language.
 */
final class StepRefused extends RuleViolation {

  private final RuleViolation refused;

  StepRefused(Proposal p, RuleViolation refused) {
    super(
        "management.step-refused",
        p.id(),
        p.clusterName(),
        p.kind().code(),
        p.kind().step().map(t -> t.code()).orElse(""));
    this.refused = refused;
    initCause(refused);
  }

  @Override
  public String message(Locale locale) {
    return super.message(locale) + refused.message(locale);
  }
}
