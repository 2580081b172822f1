package org.clusteratlas.shared;

import java.util.Objects;

/**
 * Who is looking, and what their scope covers: the public (signed out), a viewer, the province, one
 * region (a city or county code, with every region beneath it) or one cluster. Every query that
 * returns unpublished figures or enterprise records takes a scope and filters by it in SQL; hiding
 * a link is never the only guard.
 *
 * <ul>
 *   <li>{@link Kind#PUBLIC}: published cluster-level figures only, none resting on fewer than three
 *       enterprises; no enterprise records.
 *   <li>{@link Kind#VIEWER} (leadership, analysts): every cluster-level figure, published or not,
 *       with the same three-enterprise rule; no enterprise records.
 *   <li>{@link Kind#PROVINCE}: everything.
 *   <li>{@link Kind#REGION}: unpublished figures of the clusters hosted wholly within the region,
 *       records of the enterprises located in it; published figures elsewhere.
 *   <li>{@link Kind#CLUSTER}: unpublished figures and member records of its one cluster.
 * </ul>
 *
 * @param userName the signed-in user, or {@code null} for the public
 * @param regionCode the GB/T 2260 code of a {@link Kind#REGION} scope (the province's for {@link
 *     Kind#PROVINCE}), else null
 * @param clusterId the cluster of a {@link Kind#CLUSTER} scope, else null
 */
public record Scope(String userName, Kind kind, String regionCode, Long clusterId) {

  /** What a scope covers, from nothing unpublished to everything. */
  public enum Kind {
    PUBLIC,
    VIEWER,
    PROVINCE,
    REGION,
    CLUSTER
  }

  /** The smallest number of enterprises a figure shown outside their scope may rest on. */
  public static final int MINIMUM_ENTERPRISES = 3;

  public Scope {
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.PUBLIC && (userName == null || userName.isBlank())) {
      throw new RuleViolation("scope.user-missing", kind);
    }
    if (kind == Kind.REGION && (regionCode == null || !regionCode.matches("36\\d{4}"))) {
      throw new RuleViolation("scope.region", regionCode);
    }
    if (kind == Kind.CLUSTER && (clusterId == null || clusterId < 1)) {
      throw new RuleViolation("scope.cluster", clusterId);
    }
  }

  /** The public: a visitor who has not signed in. */
  public static Scope anonymous() {
    return new Scope(null, Kind.PUBLIC, null, null);
  }

  public static Scope province(String userName) {
    return new Scope(userName, Kind.PROVINCE, Actor.PROVINCE, null);
  }

  public static Scope viewer(String userName) {
    return new Scope(userName, Kind.VIEWER, null, null);
  }

  /** A city or county officer: the region {@code code} and the regions beneath it. */
  public static Scope region(String userName, String code) {
    return new Scope(userName, Kind.REGION, code, null);
  }

  public static Scope cluster(String userName, long clusterId) {
    return new Scope(userName, Kind.CLUSTER, null, clusterId);
  }

  public boolean signedIn() {
    return kind != Kind.PUBLIC;
  }

  /** Whether every enterprise record and every unpublished figure is within this scope. */
  public boolean coversProvince() {
    return kind == Kind.PROVINCE;
  }

  /** Whether unpublished cluster-level figures of every cluster may be shown. */
  public boolean seesUnpublishedClusterFigures() {
    return kind == Kind.PROVINCE || kind == Kind.VIEWER;
  }

  /**
   * Whether the GB/T 2260 code {@code region} (a county, a city, the province) is this scope's
   * region or lies beneath it. Only {@link Kind#PROVINCE} and {@link Kind#REGION} cover regions.
   */
  public boolean coversRegion(String region) {
    if (region == null) {
      return false;
    }
    return switch (kind) {
      case PROVINCE -> region.startsWith("36");
      case REGION -> within(region, regionCode);
      default -> false;
    };
  }

  private static boolean within(String region, String scope) {
    if (scope.endsWith("0000")) {
      return region.startsWith(scope.substring(0, 2));
    }
    if (scope.endsWith("00")) {
      return region.startsWith(scope.substring(0, 4));
    }
    return region.equals(scope);
  }

  /**
   * The SQL {@code LIKE} pattern of the region codes this scope covers ({@code 3601%} for 南昌市, the
   * code itself for a county), or {@code null} when it covers none.
   */
  public String regionPattern() {
    return switch (kind) {
      case PROVINCE -> "36%";
      case REGION -> regionCode.endsWith("00") ? regionCode.substring(0, 4) + "%" : regionCode;
      default -> null;
    };
  }
}
