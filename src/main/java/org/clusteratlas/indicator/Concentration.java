package org.clusteratlas.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How much a cluster depends on its largest firms, from the members' revenue.
 *
 * <ul>
 *   <li>{@link #topSharePct top-k share} = Σ of the k largest revenues / Σ of all revenues × 100,
 *       in percent (k = 1 and 4 are the usual ones: CR1, CR4).
 *   <li>{@link #hhi Herfindahl–Hirschman index} = Σ (sᵢ × 100)² over every member, where sᵢ is its
 *       share of the total: 10,000 for a single firm, near 0 for many equal small ones.
 * </ul>
 *
 * <p>Missing and zero data: members with no revenue (null) count as zero; negative revenues are not
 * expected (营业收入 is never negative) and are refused. A total of zero leaves both measures empty, as
 * there is no share to speak of. Exact to 10 significant digits, returned to two decimals.
 */
public final class Concentration {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext PRECISION = new MathContext(10, RoundingMode.HALF_EVEN);

  private Concentration() {}

  /** The share of the {@code k} largest revenues in the total, percent; empty when it is zero. */
  public static Optional<BigDecimal> topSharePct(List<BigDecimal> revenues, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    List<BigDecimal> sorted = checked(revenues).stream().sorted(Comparator.reverseOrder()).toList();
    BigDecimal total = sum(sorted);
    if (total.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal top = sum(sorted.subList(0, Math.min(k, sorted.size())));
    return Optional.of(
        top.multiply(HUNDRED).divide(total, PRECISION).setScale(2, RoundingMode.HALF_UP));
  }

  /** The Herfindahl–Hirschman index of the revenue shares (0–10,000); empty when the total is 0. */
  public static Optional<BigDecimal> hhi(List<BigDecimal> revenues) {
    List<BigDecimal> values = checked(revenues);
    BigDecimal total = sum(values);
    if (total.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal index = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      BigDecimal pct = v.multiply(HUNDRED).divide(total, PRECISION);
      index = index.add(pct.multiply(pct));
    }
    return Optional.of(index.setScale(2, RoundingMode.HALF_UP));
  }

  private static List<BigDecimal> checked(List<BigDecimal> revenues) {
    return revenues.stream()
        .map(v -> v == null ? BigDecimal.ZERO : v)
        .peek(
            v -> {
              if (v.signum() < 0) {
                throw new IllegalArgumentException("a revenue cannot be negative: " + v);
              }
            })
        .toList();
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
