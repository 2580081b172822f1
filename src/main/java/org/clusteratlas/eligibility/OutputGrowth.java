package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.Optional;
import org.clusteratlas.indicator.ComparableGrowth;
import org.clusteratlas.indicator.MemberRecord;

/**
 * Output growth (MIIT 2022 criteria, DOMAIN.md §5: “output growth > 10% a year”): the year's growth
 * of 工业总产值 on a comparable basis ({@link ComparableGrowth}, DOMAIN.md §4: Σ this year / Σ same
 * period last year − 1, both over the members in this year's frame that reported both values) is
 * more than {@code moreThanPct} percent, strictly (exactly 10% is not met).
 *
 * <p>Missing data: when no member reported both values, or last year's sum is not positive, there
 * is no growth and the verdict is unknown.
 */
record OutputGrowth(BigDecimal moreThanPct) implements Criterion {

  static final String ID = "output-growth";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    BigDecimal now = BigDecimal.ZERO;
    BigDecimal before = BigDecimal.ZERO;
    for (MemberRecord m : facts.members()) {
      if (m.output() != null && m.outputLastYear() != null) {
        now = now.add(m.output());
        before = before.add(m.outputLastYear());
      }
    }
    Optional<BigDecimal> growth = ComparableGrowth.percent(now, before);
    if (growth.isEmpty()) {
      return RuleResult.unknown(ID, "no-data");
    }
    String value = Figures.pct(growth.get());
    String limit = Figures.plain(moreThanPct);
    return growth.get().compareTo(moreThanPct) > 0
        ? RuleResult.met(ID, "met", value, limit)
        : RuleResult.notMet(ID, "not-met", value, limit);
  }
}
