package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.Optional;
import org.clusteratlas.indicator.ComparableGrowth;
import org.clusteratlas.indicator.MemberRecord;

/**
 * Growing with the province (reconstructed criterion: a cluster climbing the ladder should not lag
 * the province's industry): the cluster's comparable revenue growth ({@link ComparableGrowth},
 * DOMAIN.md §4, over its members in the year's frame that reported both values) is at least the
 * comparable revenue growth of the province's whole above-designated-size industry in the same
 * year. At least: equal growth is met. We chose the province's rate over a bare “≥ 0” because in a
 * year when all industry grows 9%, a cluster growing 1% is falling behind.
 *
 * <p>Missing data: no comparable revenue for the cluster or the province gives unknown.
 */
record RevenueGrowthAtLeastProvince() implements Criterion {

  static final String ID = "revenue-growth";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    BigDecimal now = BigDecimal.ZERO;
    BigDecimal before = BigDecimal.ZERO;
    for (MemberRecord m : facts.members()) {
      if (m.revenue() != null && m.revenueLastYear() != null) {
        now = now.add(m.revenue());
        before = before.add(m.revenueLastYear());
      }
    }
    Optional<BigDecimal> growth = ComparableGrowth.percent(now, before);
    BigDecimal province = facts.provinceRevenueGrowthPct();
    if (growth.isEmpty() || province == null) {
      return RuleResult.unknown(ID, "no-data");
    }
    String value = Figures.pct(growth.get());
    String limit = Figures.pct(province);
    return growth.get().compareTo(province) >= 0
        ? RuleResult.met(ID, "met", value, limit)
        : RuleResult.notMet(ID, "not-met", value, limit);
  }
}
