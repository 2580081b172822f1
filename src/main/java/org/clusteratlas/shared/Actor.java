package org.clusteratlas.shared;

import java.util.Objects;

/**
 * Who does something: a named person or process, the role they act in and the region they answer
 * for (GB/T 2260 code). Every stored change names its actor; the roles are those of the platform's
 * users.
 */
public record Actor(String name, Role role, String regionCode) {

  /** The province (江西省), which the province's roles answer for. */
  public static final String PROVINCE = "360000";

  /** The roles a user acts in, from the province department down to the public. */
  public enum Role {
    /** 省工信厅产业集群处: the whole province. */
    PROVINCE_ADMIN,
    /** 设区市/县工信局: one city or county. */
    CITY_OFFICER,
    /** 集群促进机构: one cluster's organisation. */
    CLUSTER_ORG,
    /** Leadership, analysts and the public: reads only. */
    VIEWER
  }

  public Actor {
    if (name == null || name.isBlank()) {
      throw new RuleViolation("actor.name", name);
    }
    Objects.requireNonNull(role, "role");
    if (regionCode == null || !regionCode.matches("\\d{6}")) {
      throw new RuleViolation("actor.region", regionCode);
    }
    if (role == Role.PROVINCE_ADMIN && !PROVINCE.equals(regionCode)) {
      throw new RuleViolation("actor.region", regionCode);
    }
  }

  /** The province administrator, e.g. the command line acting for the cluster division. */
  public static Actor provinceAdministrator(String name) {
    return new Actor(name, Role.PROVINCE_ADMIN, PROVINCE);
  }

  /** Whether this actor answers for the whole province. */
  public boolean isProvince() {
    return role == Role.PROVINCE_ADMIN;
  }
}
