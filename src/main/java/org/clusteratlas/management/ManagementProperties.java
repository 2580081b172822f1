package org.clusteratlas.management;

import org.clusteratlas.shared.RuleViolation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules' settings ({@code atlas.management.*}).
 *
 * @param revokeAfter a cluster graded 不合格 in this many consecutive evaluated years is proposed for
 *     {@code failingAction} (default 2; at least 2, so that the first failure warns)
 * @param failingAction what a repeated failure, or a failure after a warning, proposes: {@code
 *     revoke} (default: the province's evaluation is 有进有退 (in and out), and a provincial cluster
 *     demoted would land on the municipal rung, which the province does not manage) or {@code
 *     demote}
 * @param tierFlags whether a change of revenue tier from last year is flagged (default true)
 */
@ConfigurationProperties("atlas.management")
public record ManagementProperties(
    @DefaultValue("2") int revokeAfter,
    @DefaultValue("revoke") String failingAction,
    @DefaultValue("true") boolean tierFlags) {

  public ManagementProperties {
    if (revokeAfter < 2) {
      throw new RuleViolation("management.revoke-after", revokeAfter);
    }
    if (!failingAction.equals("revoke") && !failingAction.equals("demote")) {
      throw new RuleViolation("management.failing-action", failingAction);
    }
  }

  /** The defaults: revoke after 2 consecutive failures, tier changes flagged. */
  public static ManagementProperties defaults() {
    return new ManagementProperties(2, "revoke", true);
  }

  ProposalKind failingKind() {
    return ProposalKind.ofCode(failingAction);
  }
}
