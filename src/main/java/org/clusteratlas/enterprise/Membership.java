package org.clusteratlas.enterprise;

import java.time.LocalDate;
import java.util.Objects;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.RuleViolation;

/**
 * An enterprise's membership of a cluster from {@code validFrom} to {@code validTo}, both
 * inclusive; {@code validTo} is null while the membership lasts.
 */
public record Membership(
    ClusterId cluster, CreditCode enterprise, LocalDate validFrom, LocalDate validTo) {

  public Membership {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(validFrom, "validFrom");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new RuleViolation("membership.ends-before-start", validTo, validFrom, enterprise);
    }
  }

  public boolean validOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
  }
}
