package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.clusteratlas.indicator.MemberRecord;
import org.clusteratlas.indicator.Share;

/**
 * The SMEs' share of a cluster's output (中小企业产值占比), in percent:
 *
 * <pre>share = Σ 工业总产值 of the members that are SMEs / Σ 工业总产值 of all members × 100</pre>
 *
 * with each member classified by {@link SmeClassification}. Because a member may not be
 * classifiable, the share is a range: {@code low} counts the unclassified members as large, {@code
 * high} as SMEs (the two are equal when every member is classified). Both lie within 0–100.
 *
 * <p>Missing and zero data: a member without an output figure adds nothing to either sum; when the
 * members' output is zero or none reported there is no share (empty).
 */
record SmeShare(BigDecimal low, BigDecimal high) {

  static Optional<SmeShare> of(List<MemberRecord> members) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal sme = BigDecimal.ZERO;
    BigDecimal unclassified = BigDecimal.ZERO;
    for (MemberRecord m : members) {
      if (m.output() == null) {
        continue;
      }
      total = total.add(m.output());
      switch (SmeClassification.of(m.employees(), m.revenue())) {
        case SME -> sme = sme.add(m.output());
        case UNCLASSIFIED -> unclassified = unclassified.add(m.output());
        case LARGE -> {}
      }
    }
    Optional<BigDecimal> low = Share.percent(sme, total);
    Optional<BigDecimal> high = Share.percent(sme.add(unclassified), total);
    return low.isEmpty() ? Optional.empty() : Optional.of(new SmeShare(low.get(), high.get()));
  }

  boolean classified() {
    return low.compareTo(high) == 0;
  }
}
