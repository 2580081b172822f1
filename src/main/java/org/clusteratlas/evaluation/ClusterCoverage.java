package org.clusteratlas.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.region.DevelopmentZone;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Which clusters a reader's scope covers, as the explore and lifecycle modules decide it: the
 * province and viewers every cluster, a city or county officer the clusters hosted wholly within
 * its region (a development zone counts for the region it lies in), an organisation its own, the
 * public none. Also the cities each cluster's hosts lie in, for the evaluation table's city column.
 */
@Component
class ClusterCoverage {

  private final ClusterRegister register;
  private final RegionDirectory regions;

  ClusterCoverage(ClusterRegister register, RegionDirectory regions) {
    this.register = register;
    this.regions = regions;
  }

  /** Every cluster of the register with its host regions, read once for a page. */
  Map<ClusterId, Placed> all() {
    Map<ClusterId, Placed> placed = new HashMap<>();
    Map<String, String> zoneRegions = new HashMap<>();
    for (Cluster c : register.all()) {
      List<String> hostRegions = new ArrayList<>();
      for (ClusterHost h : c.hosts()) {
        hostRegions.add(
            h.region() != null
                ? h.region().value()
                : zoneRegions.computeIfAbsent(h.zone(), this::zoneRegion));
      }
      placed.put(c.id(), new Placed(c.id(), c.name(), hostRegions));
    }
    return placed;
  }

  private String zoneRegion(String zone) {
    return regions.zone(zone).map(DevelopmentZone::parent).map(Object::toString).orElse("");
  }

  /** The city names by GB/T 2260 code. */
  Map<String, String> cityNames() {
    Map<String, String> names = new HashMap<>();
    regions.cities().forEach(r -> names.put(r.code().value(), r.name()));
    return names;
  }

  /** A cluster with the region each of its hosts lies in. */
  record Placed(ClusterId id, String name, List<String> hostRegions) {

    boolean coveredBy(Scope scope) {
      return switch (scope.kind()) {
        case PROVINCE, VIEWER -> true;
        case REGION -> !hostRegions.isEmpty() && hostRegions.stream().allMatch(scope::coversRegion);
        case CLUSTER -> scope.clusterId() == id.value();
        case PUBLIC -> false;
      };
    }

    /** The cities of the province its hosts lie in, in order of first appearance. */
    List<String> cityCodes() {
      List<String> cities = new ArrayList<>();
      for (String region : hostRegions) {
        if (region.matches("36\\d{4}") && !region.endsWith("0000")) {
          String city = region.substring(0, 4) + "00";
          if (!cities.contains(city)) {
            cities.add(city);
          }
        }
      }
      return cities;
    }
  }
}
