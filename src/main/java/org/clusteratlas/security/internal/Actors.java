package org.clusteratlas.security.internal;

import org.clusteratlas.security.SignedInUser;
import org.clusteratlas.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who a signed-in user acts as when they change something. */
@Component
class Actors {

  private final JdbcClient jdbc;

  Actors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Actor of(SignedInUser user) {
    return switch (user.role()) {
      case PROVINCE_ADMIN -> Actor.provinceAdministrator(user.name());
      case CITY_OFFICER -> new Actor(user.name(), Actor.Role.CITY_OFFICER, user.regionCode());
      case CLUSTER_ORG -> new Actor(user.name(), Actor.Role.CLUSTER_ORG, hostRegion(user));
      case VIEWER -> new Actor(user.name(), Actor.Role.VIEWER, Actor.PROVINCE);
    };
  }

  /**
   * The region of the cluster's first host: the host's region, or the region a development zone
   * lies in; the province for a cluster without hosts.
   */
  private String hostRegion(SignedInUser user) {
    return jdbc.sql(
            "select coalesce(h.region_code, z.parent_region_code) from cluster_host h"
                + " left join development_zone z on z.code = h.zone_code"
                + " where h.cluster_id = ? order by h.seq limit 1")
        .param(user.clusterId())
        .query(String.class)
        .optional()
        .orElse(Actor.PROVINCE);
  }
}
