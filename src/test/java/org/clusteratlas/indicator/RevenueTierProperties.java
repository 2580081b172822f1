package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clusteratlas.shared.Money;

class RevenueTierProperties {

  @Property
  void more_revenue_never_gives_a_lower_tier(
      @ForAll("revenues") Money a, @ForAll("revenues") Money b) {
    Money less = a.compareTo(b) <= 0 ? a : b;
    Money more = a.compareTo(b) <= 0 ? b : a;
    assertThat(RevenueTier.of(more).isAtLeast(RevenueTier.of(less))).isTrue();
  }

  @Property
  void a_revenue_is_over_the_threshold_of_its_tier_and_not_over_the_next_one_up(
      @ForAll("revenues") Money revenue) {
    RevenueTier tier = RevenueTier.of(revenue);
    if (tier != RevenueTier.BELOW) {
      assertThat(revenue.isGreaterThan(tier.threshold())).isTrue();
    }
    if (tier != RevenueTier.OVER_100BN) {
      RevenueTier next = RevenueTier.values()[tier.ordinal() - 1];
      assertThat(revenue.isGreaterThan(next.threshold())).isFalse();
    }
  }

  /** Revenues in 万元: anywhere up to 2000亿, and within 1 万元 of each threshold. */
  @Provide
  Arbitrary<Money> revenues() {
    Arbitrary<BigDecimal> anywhere =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-1000000"), new BigDecimal("20000000"))
            .ofScale(2);
    Arbitrary<BigDecimal> nearThreshold =
        Arbitraries.of(RevenueTier.values())
            .map(t -> t.threshold().wan())
            .flatMap(
                t ->
                    Arbitraries.bigDecimals()
                        .between(t.subtract(BigDecimal.ONE), t.add(BigDecimal.ONE))
                        .ofScale(2));
    return Arbitraries.oneOf(anywhere, nearThreshold).map(Money::new);
  }
}
