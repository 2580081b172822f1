package org.clusteratlas.eligibility;

import java.math.BigDecimal;

/**
 * Area (MIIT 2022 criteria, DOMAIN.md §5: “≤ 100 km²”): the cluster's declared area is at most
 * {@code maxKm2} km² (at most: exactly the limit is met). The records do not hold areas; the
 * cluster declares it in its annual self-report (field {@code area_km2}). Missing data: not
 * declared gives unknown.
 */
record AreaAtMost(BigDecimal maxKm2) implements Criterion {

  static final String ID = "area";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    BigDecimal area = facts.areaKm2();
    if (area == null) {
      return RuleResult.unknown(ID, "not-declared");
    }
    String value = Figures.plain(area);
    String limit = Figures.plain(maxKm2);
    return area.compareTo(maxKm2) <= 0
        ? RuleResult.met(ID, "met", value, limit)
        : RuleResult.notMet(ID, "not-met", value, limit);
  }
}
