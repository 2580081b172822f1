package org.clusteratlas.cluster;

import java.util.Objects;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.RuleViolation;

/**
 * A place hosting a cluster: a region (a county, a city, or a province outside Jiangxi) or a
 * development zone. Exactly one of the two codes is set.
 */
public record ClusterHost(RegionCode region, String zone) {

  public ClusterHost {
    if ((region == null) == (zone == null)) {
      throw new RuleViolation("cluster-host.one-of", Objects.toString(region, zone));
    }
    if (zone != null && !zone.matches("DZ\\d{8}")) {
      throw new RuleViolation("cluster-host.zone-format", zone);
    }
  }

  /** Parses a host code as exported: six digits for a region, {@code DZ…} for a zone. */
  public static ClusterHost parse(String code) {
    String c = code.strip();
    return c.startsWith("DZ") ? new ClusterHost(null, c) : new ClusterHost(new RegionCode(c), null);
  }

  public String code() {
    return region != null ? region.value() : zone;
  }

  public boolean isZone() {
    return zone != null;
  }
}
