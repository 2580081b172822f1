package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import org.clusteratlas.indicator.MemberRecord;
import org.clusteratlas.indicator.RevenueTier;
import org.clusteratlas.shared.Money;

/**
 * Revenue tier (reconstructed criterion, after the province's tiers “千亿引领、百亿支撑”, DOMAIN.md §2): Σ
 * 营业收入 of the cluster's members in the year's frame puts it in {@code tier} or above, by the
 * platform's own {@link RevenueTier} — “over” is strictly greater, so exactly 500 亿元 is not over
 * 500 亿元. Unit 万元, quoted in 亿元.
 *
 * <p>Missing data: a member without a revenue figure adds nothing; a cluster whose members reported
 * no revenue at all gives unknown.
 */
record RevenueOver(RevenueTier tier) implements Criterion {

  static final String ID = "revenue";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    BigDecimal revenue = null;
    for (MemberRecord m : facts.members()) {
      if (m.revenue() != null) {
        revenue = (revenue == null ? BigDecimal.ZERO : revenue).add(m.revenue());
      }
    }
    if (revenue == null) {
      return RuleResult.unknown(ID, "no-data");
    }
    String value = Figures.yi(revenue);
    String limit = Figures.yi(tier.threshold().wan());
    return RevenueTier.of(new Money(revenue)).isAtLeast(tier)
        ? RuleResult.met(ID, "met", value, limit)
        : RuleResult.notMet(ID, "not-met", value, limit);
  }
}
