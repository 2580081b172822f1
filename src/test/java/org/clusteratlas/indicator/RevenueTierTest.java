package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusteratlas.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tiers by revenue in 万元: 1000亿 = 10,000,000 万元, 500亿 = 5,000,000, 100亿 = 1,000,000. */
class RevenueTierTest {

  @ParameterizedTest
  @CsvSource({
    "10000000.01, OVER_100BN",
    "10000000.00, OVER_50BN",
    "5000000.01, OVER_50BN",
    "5000000.00, OVER_10BN",
    "1000000.01, OVER_10BN",
    "1000000.00, BELOW",
    "0.00, BELOW",
    "-12.00, BELOW"
  })
  void over_means_strictly_greater_than_the_threshold(String wan, RevenueTier tier) {
    assertThat(RevenueTier.of(Money.ofWan(wan))).isEqualTo(tier);
  }

  @Test
  void exactly_1000_yi_is_in_the_500_yi_tier_not_the_1000_yi_tier() {
    Money thousandYi = Money.ofWan("10000000");
    assertThat(thousandYi).isEqualTo(Money.ofYi(1000));
    assertThat(RevenueTier.of(thousandYi)).isEqualTo(RevenueTier.OVER_50BN);
  }

  @Test
  void the_thresholds_are_1000_500_and_100_yi() {
    assertThat(RevenueTier.OVER_100BN.threshold().yi()).isEqualByComparingTo("1000");
    assertThat(RevenueTier.OVER_50BN.threshold().yi()).isEqualByComparingTo("500");
    assertThat(RevenueTier.OVER_10BN.threshold().yi()).isEqualByComparingTo("100");
  }

  @Test
  void a_missing_revenue_is_below_every_tier() {
    assertThat(RevenueTier.of(null)).isEqualTo(RevenueTier.BELOW);
  }

  @Test
  void tier_counts_are_cumulative() {
    assertThat(RevenueTier.OVER_100BN.isAtLeast(RevenueTier.OVER_100BN)).isTrue();
    assertThat(RevenueTier.OVER_100BN.isAtLeast(RevenueTier.OVER_50BN)).isTrue();
    assertThat(RevenueTier.OVER_100BN.isAtLeast(RevenueTier.OVER_10BN)).isTrue();
    assertThat(RevenueTier.OVER_50BN.isAtLeast(RevenueTier.OVER_100BN)).isFalse();
    assertThat(RevenueTier.OVER_50BN.isAtLeast(RevenueTier.OVER_10BN)).isTrue();
    assertThat(RevenueTier.OVER_10BN.isAtLeast(RevenueTier.OVER_50BN)).isFalse();
    assertThat(RevenueTier.BELOW.isAtLeast(RevenueTier.OVER_10BN)).isFalse();
    assertThat(RevenueTier.BELOW.isAtLeast(RevenueTier.BELOW)).isTrue();
  }

  @Test
  void codes_are_those_of_the_published_figures() {
    assertThat(RevenueTier.OVER_100BN.code()).isEqualTo("over_100bn");
    assertThat(RevenueTier.OVER_50BN.code()).isEqualTo("over_50bn");
    assertThat(RevenueTier.OVER_10BN.code()).isEqualTo("over_10bn");
  }
}
