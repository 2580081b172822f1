package org.clusteratlas.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One county (MIIT 2022 national SME characteristic cluster criteria, DOMAIN.md §5: “located in one
 * county”): every host of the cluster lies in one and the same county-level region; a development
 * zone counts in the region the directory gives as its parent. A host counting in a city or a
 * province, or hosts in two counties, fail. Missing data: a host the directory does not know makes
 * the verdict unknown.
 */
record OneCounty() implements Criterion {

  static final String ID = "one-county";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    Map<String, String> counties = new LinkedHashMap<>();
    for (ClusterFacts.Host host : facts.hosts()) {
      if (host.regionCode() == null) {
        return RuleResult.unknown(ID, "unknown", host.code());
      }
      if (!host.county()) {
        return RuleResult.notMet(ID, "not-county", host.name(), host.regionName());
      }
      counties.put(host.regionCode(), host.regionName());
    }
    if (counties.size() != 1) {
      return RuleResult.notMet(
          ID, "several", String.valueOf(counties.size()), String.join("、", counties.values()));
    }
    return RuleResult.met(ID, "met", counties.values().iterator().next());
  }
}
