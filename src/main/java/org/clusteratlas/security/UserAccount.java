package org.clusteratlas.security;

import java.time.Instant;
import org.clusteratlas.shared.Actor;

/**
 * A user as stored, without the password hash.
 *
 * @param regionCode the city or county of a city officer, else null
 * @param clusterId the cluster of a cluster organisation, else null
 */
public record UserAccount(
    long id,
    String name,
    Actor.Role role,
    String regionCode,
    Long clusterId,
    boolean enabled,
    Instant createdAt,
    String createdBy) {

  /** The region code or the cluster id the role is bound to, as text, or null. */
  public String scopeCode() {
    if (regionCode != null) {
      return regionCode;
    }
    return clusterId == null ? null : String.valueOf(clusterId);
  }
}
