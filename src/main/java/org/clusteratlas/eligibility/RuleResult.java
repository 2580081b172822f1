package org.clusteratlas.eligibility;

import java.util.Objects;

/**
 * One criterion's verdict on one cluster, with its reason.
 *
 * @param rule the criterion's id, e.g. {@code sme-share}
 */
public record RuleResult(String rule, Verdict verdict, Reason reason) {

  public RuleResult {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }

  static RuleResult met(String rule, String key, Object... args) {
    return new RuleResult(rule, Verdict.MET, Reason.of(rule + "." + key, args));
  }

  static RuleResult notMet(String rule, String key, Object... args) {
    return new RuleResult(rule, Verdict.NOT_MET, Reason.of(rule + "." + key, args));
  }

  static RuleResult unknown(String rule, String key, Object... args) {
    return new RuleResult(rule, Verdict.UNKNOWN, Reason.of(rule + "." + key, args));
  }
}
