package org.clusteratlas.lifecycle;

import java.util.Objects;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;

/**
 * Who takes a step: the actor (name, role, region) and, for a cluster organisation, the cluster it
 * speaks for.
 *
 * @param organisedCluster the cluster id of a {@link Actor.Role#CLUSTER_ORG}; null for other roles
 */
public record Caller(Actor actor, Long organisedCluster) {

  public Caller {
    Objects.requireNonNull(actor, "actor");
    if (actor.role() == Actor.Role.CLUSTER_ORG && organisedCluster == null) {
      throw new IllegalArgumentException("a cluster organisation speaks for one cluster");
    }
    if (actor.role() != Actor.Role.CLUSTER_ORG) {
      organisedCluster = null;
    }
  }

  /** The caller of a request: the signed-in actor, with its scope's cluster. */
  public static Caller of(Actor actor, Scope scope) {
    return new Caller(actor, scope.kind() == Scope.Kind.CLUSTER ? scope.clusterId() : null);
  }

  public static Caller of(Actor actor) {
    return new Caller(actor, null);
  }

  /**
   * Whether the caller answers for the cluster: the province administrator for every one, a city or
   * county bureau for the clusters hosted wholly within its region, an organisation for its own; a
   * viewer for none.
   */
  public boolean answersFor(CaseSubject subject) {
    return switch (actor.role()) {
      case PROVINCE_ADMIN -> true;
      case CITY_OFFICER -> {
        RegionCode own = new RegionCode(actor.regionCode());
        yield !subject.hostRegions().isEmpty()
            && subject.hostRegions().stream()
                .allMatch(r -> r.matches("[1-8]\\d{5}") && new RegionCode(r).isWithin(own));
      }
      case CLUSTER_ORG -> organisedCluster == subject.cluster().value();
      case VIEWER -> false;
    };
  }
}
