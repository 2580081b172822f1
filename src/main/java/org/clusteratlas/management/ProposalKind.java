package org.clusteratlas.management;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.clusteratlas.lifecycle.Transition;
import org.clusteratlas.shared.RuleViolation;

/**
 * What a proposal proposes. A kind with a lifecycle step is an action: confirming it takes that
 * step on the cluster's provincial case. A kind without one is a flag: confirming acknowledges it.
 * A new kind is one constant here and one rule in {@link ProposalRules}.
 */
public enum ProposalKind {
  /** 黄牌警告: graded 不合格 and not already warned. */
  WARN(Transition.WARN),
  /** 撤销认定: still 不合格 after a warning, or in the configured number of consecutive years. */
  REVOKE(Transition.REVOKE),
  /** 降级: as {@link #REVOKE}, when the province demotes instead ({@code failing-action=demote}). */
  DEMOTE(Transition.DEMOTE),
  /** 解除警告: a warned cluster graded 合格 or better. */
  LIFT_WARNING(Transition.LIFT_WARNING),
  /** 营业收入档次变化: the revenue tier differs from last year's; a flag to acknowledge. */
  TIER_CROSSED(null),
  /**
   * 符合申报条件: the cluster could apply for a ladder's next rung this year and could not last year; a
   * flag to acknowledge (applying is the city bureau's step).
   */
  BECAME_ELIGIBLE(null);

  private final Transition step;

  ProposalKind(Transition step) {
    this.step = step;
  }

  /** The code as stored and sent, e.g. {@code lift_warning}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The lifecycle step confirming takes; none for a flag. */
  public Optional<Transition> step() {
    return Optional.ofNullable(step);
  }

  public boolean isFlag() {
    return step == null;
  }

  public static ProposalKind ofCode(String code) {
    return Arrays.stream(values())
        .filter(k -> k.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new RuleViolation("management.kind", code, codes()));
  }

  static String codes() {
    return String.join(", ", Arrays.stream(values()).map(ProposalKind::code).toList());
  }
}
