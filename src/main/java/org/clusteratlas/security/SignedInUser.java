package org.clusteratlas.security;

import java.io.Serializable;
import java.util.Objects;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;

/**
 * The user a request is signed in as: the principal kept by Spring Security, whatever way the user
 * signed in (the sign-in page, HTTP Basic, a token).
 *
 * @param regionCode the city or county of a city officer, else null
 * @param clusterId the cluster of a cluster organisation, else null
 */
public record SignedInUser(String name, Actor.Role role, String regionCode, Long clusterId)
    implements Serializable {

  public SignedInUser {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** What the user's role lets them see. */
  public Scope scope() {
    return switch (role) {
      case PROVINCE_ADMIN -> Scope.province(name);
      case VIEWER -> Scope.viewer(name);
      case CITY_OFFICER -> Scope.region(name, regionCode);
      case CLUSTER_ORG -> Scope.cluster(name, clusterId);
    };
  }

  /** The Spring Security authority of the role, e.g. {@code ROLE_PROVINCE_ADMIN}. */
  public String authority() {
    return "ROLE_" + role.name();
  }
}
