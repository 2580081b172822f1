package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Sums in 万元 with two decimals, up to 10¹⁴ 万元 (the report column is NUMERIC(16, 2)). */
class ComparableGrowthProperties {

  private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

  @Property
  void growth_of_a_sum_over_itself_is_zero(
      @ForAll @BigRange(min = "0.01", max = "100000000000000") @Scale(2) BigDecimal sum) {
    assertThat(ComparableGrowth.percent(sum, sum))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo(BigDecimal.ZERO));
  }

  @Property
  void growth_has_the_sign_of_this_year_minus_last_year_when_last_year_is_positive(
      @ForAll @BigRange(min = "0.01", max = "100000000000000") @Scale(2) BigDecimal lastYear,
      @ForAll("changes") BigDecimal change) {
    BigDecimal thisYear = lastYear.add(change);
    assertThat(ComparableGrowth.percent(thisYear, lastYear))
        .hasValueSatisfying(g -> assertThat(g.signum()).isEqualTo(change.signum()));
  }

  /** Changes of any size, and changes of a few fen that are tiny against a large sum. */
  @Provide
  Arbitrary<BigDecimal> changes() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-100000000000000"), new BigDecimal("100000000000000"))
            .ofScale(2),
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-0.05"), new BigDecimal("0.05"))
            .ofScale(2));
  }

  @Property
  void growth_is_undefined_when_last_year_is_zero_or_negative(
      @ForAll @BigRange(min = "-100000000000000", max = "100000000000000") @Scale(2)
          BigDecimal thisYear,
      @ForAll @BigRange(min = "-100000000000000", max = "0") @Scale(2) BigDecimal lastYear) {
    assertThat(ComparableGrowth.percent(thisYear, lastYear)).isEmpty();
  }

  @Property
  void scaling_both_sums_by_a_positive_factor_leaves_growth_unchanged(
      @ForAll @BigRange(min = "-100000000000000", max = "100000000000000") @Scale(2)
          BigDecimal thisYear,
      @ForAll @BigRange(min = "0.01", max = "100000000000000") @Scale(2) BigDecimal lastYear,
      @ForAll @BigRange(min = "0.0001", max = "10000") @Scale(4) BigDecimal factor) {
    BigDecimal growth = ComparableGrowth.percent(thisYear, lastYear).orElseThrow();
    BigDecimal scaled =
        ComparableGrowth.percent(thisYear.multiply(factor), lastYear.multiply(factor))
            .orElseThrow();
    assertThat(scaled.subtract(growth).abs()).isLessThanOrEqualTo(TOLERANCE);
  }
}
