package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * SMEs' share of output (MIIT 2022 criteria, DOMAIN.md §5: “SMEs > 70% of output”): {@link
 * SmeShare} of the members' 工业总产值, each member classified by {@link SmeClassification}, is more
 * than {@code moreThanPct} percent — strictly: exactly 70% is not met.
 *
 * <p>Missing data: no output reported gives unknown; members that cannot be classified make the
 * share a range, and the verdict is unknown while the range straddles the threshold.
 */
record SmeOutputShare(BigDecimal moreThanPct) implements Criterion {

  static final String ID = "sme-share";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    Optional<SmeShare> share = SmeShare.of(facts.members());
    if (share.isEmpty()) {
      return RuleResult.unknown(ID, "no-output");
    }
    SmeShare s = share.get();
    String limit = Figures.plain(moreThanPct);
    if (s.low().compareTo(moreThanPct) > 0) {
      return RuleResult.met(ID, "met", Figures.pct(s.low()), limit);
    }
    if (s.high().compareTo(moreThanPct) <= 0) {
      return RuleResult.notMet(ID, "not-met", Figures.pct(s.high()), limit);
    }
    return RuleResult.unknown(
        ID, "unclassified", Figures.pct(s.low()), Figures.pct(s.high()), limit);
  }
}
