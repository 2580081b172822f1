package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class CompoundGrowthProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Property
  void growingTheFirstValueAtTheRateForTheYearsGivesTheLastValueBack(
      @ForAll @BigRange(min = "0.01", max = "100000000") @Scale(2) BigDecimal first,
      @ForAll @BigRange(min = "0", max = "100000000") @Scale(2) BigDecimal last,
      @ForAll @IntRange(min = 1, max = 5) int years) {
    BigDecimal rate = CompoundGrowth.percent(first, last, years).orElseThrow();
    BigDecimal factor = BigDecimal.ONE.add(rate.divide(HUNDRED, MathContext.DECIMAL128));
    BigDecimal back = first.multiply(factor.pow(years, MathContext.DECIMAL128));
    // 16 significant digits of the rate: the last value back to within 10⁻¹² of itself (relative)
    BigDecimal tolerance = last.max(first).multiply(new BigDecimal("1E-12"));
    assertThat(back.subtract(last).abs()).isLessThanOrEqualTo(tolerance);
  }

  @Property
  void aLargerLastValueNeverGivesASmallerRate(
      @ForAll @BigRange(min = "1", max = "1000000") @Scale(2) BigDecimal first,
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal last,
      @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal more) {
    assertThat(CompoundGrowth.percent(first, last.add(more), 3).orElseThrow())
        .isGreaterThanOrEqualTo(CompoundGrowth.percent(first, last, 3).orElseThrow());
  }
}
