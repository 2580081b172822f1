package org.clusteratlas.cluster;

import java.time.LocalDate;
import java.util.Objects;
import org.clusteratlas.shared.RuleViolation;

/**
 * One designation of a cluster: held from {@code grantedOn} (inclusive) until {@code revokedOn}
 * (exclusive), or indefinitely while not revoked.
 */
public record Designation(
    DesignationKind kind,
    LocalDate grantedOn,
    String grantedDocument,
    LocalDate revokedOn,
    String revocationDocument,
    String revocationReason) {

  public Designation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(grantedOn, "grantedOn");
    if (grantedDocument == null || grantedDocument.isBlank()) {
      throw new RuleViolation("designation.document-missing", kind.code());
    }
    if (revokedOn != null && revokedOn.isBefore(grantedOn)) {
      throw new RuleViolation("designation.revoked-before-granted", revokedOn, grantedOn);
    }
    if (revokedOn != null && (revocationReason == null || revocationReason.isBlank())) {
      throw new RuleViolation("designation.reason-missing", revokedOn);
    }
  }

  public static Designation granted(DesignationKind kind, LocalDate on, String document) {
    return new Designation(kind, on, document, null, null, null);
  }

  public boolean isRevoked() {
    return revokedOn != null;
  }

  /** Held on {@code date}: granted on or before it and not revoked on or before it. */
  public boolean heldOn(LocalDate date) {
    return !grantedOn.isAfter(date) && (revokedOn == null || revokedOn.isAfter(date));
  }

  /** This designation ended on {@code on}; refused if already revoked or before its grant. */
  Designation revoke(LocalDate on, String document, String reason) {
    if (isRevoked()) {
      throw new RuleViolation("designation.already-revoked", kind.code(), revokedOn);
    }
    return new Designation(kind, grantedOn, grantedDocument, on, document, reason);
  }
}
