package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.clusteratlas.indicator.MemberRecord;
import org.clusteratlas.indicator.Share;

/**
 * Leading industry's share (MIIT 2022 criteria, DOMAIN.md §5: “leading industry > 70%”):
 *
 * <pre>share = Σ output of the members in the leading division / Σ output of all members × 100
 * </pre>
 *
 * where the leading division is the cluster's registered leading industry (GB/T 4754-2017 division)
 * and output is 工业总产值; more than {@code moreThanPct} percent, strictly (exactly 70% is not met).
 *
 * <p>Missing data: when no member reported output, the members' 营业收入 is used instead and the reason
 * says so; a member without the figure used adds nothing to either sum. A cluster without a
 * registered leading industry, or whose members reported neither figure, gives unknown.
 */
record LeadingIndustryShare(BigDecimal moreThanPct) implements Criterion {

  static final String ID = "leading-share";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleResult check(ClusterFacts facts) {
    if (facts.leadingIndustry() == null) {
      return RuleResult.unknown(ID, "no-industry");
    }
    String basis = "output";
    Optional<BigDecimal> share = share(facts, MemberRecord::output);
    if (share.isEmpty()) {
      basis = "revenue";
      share = share(facts, MemberRecord::revenue);
    }
    if (share.isEmpty()) {
      return RuleResult.unknown(ID, "no-data");
    }
    Object[] args = {
      facts.leadingIndustry().code(),
      facts.leadingIndustry().names(),
      new Reason.Term("eligibility.basis." + basis),
      Figures.pct(share.get()),
      Figures.plain(moreThanPct)
    };
    return share.get().compareTo(moreThanPct) > 0
        ? RuleResult.met(ID, "met", args)
        : RuleResult.notMet(ID, "not-met", args);
  }

  private static Optional<BigDecimal> share(
      ClusterFacts facts, Function<MemberRecord, BigDecimal> figure) {
    BigDecimal all = BigDecimal.ZERO;
    BigDecimal leading = BigDecimal.ZERO;
    boolean any = false;
    for (MemberRecord m : facts.members()) {
      BigDecimal v = figure.apply(m);
      if (v == null) {
        continue;
      }
      any = true;
      all = all.add(v);
      if (facts.leadingIndustry().code().equals(m.industry())) {
        leading = leading.add(v);
      }
    }
    return any ? Share.percent(leading, all) : Optional.empty();
  }
}
