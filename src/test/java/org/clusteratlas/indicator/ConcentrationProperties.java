package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class ConcentrationProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Property
  void theTopOneShareIsNoMoreThanTheTopFourAndNoMoreThan100(
      @ForAll @Size(min = 1, max = 40)
          List<@BigRange(min = "0", max = "100000000") @Scale(2) BigDecimal> revenues) {
    Assume.that(revenues.stream().anyMatch(r -> r.signum() > 0));
    BigDecimal top1 = Concentration.topSharePct(revenues, 1).orElseThrow();
    BigDecimal top4 = Concentration.topSharePct(revenues, 4).orElseThrow();
    assertThat(top1).isLessThanOrEqualTo(top4);
    assertThat(top4).isLessThanOrEqualTo(HUNDRED);
    // the largest firm holds at least an equal share
    assertThat(top1.multiply(BigDecimal.valueOf(revenues.size())))
        .isGreaterThanOrEqualTo(
            HUNDRED.subtract(new BigDecimal("0.01").multiply(BigDecimal.valueOf(revenues.size()))));
  }

  @Property
  void theIndexLiesBetweenTenThousandOverNAndTenThousand(
      @ForAll @Size(min = 1, max = 40)
          List<@BigRange(min = "0", max = "100000000") @Scale(2) BigDecimal> revenues) {
    Assume.that(revenues.stream().anyMatch(r -> r.signum() > 0));
    BigDecimal hhi = Concentration.hhi(revenues).orElseThrow();
    BigDecimal floor =
        BigDecimal.valueOf(10_000)
            .divide(BigDecimal.valueOf(revenues.size()), 2, java.math.RoundingMode.DOWN);
    assertThat(hhi)
        .isBetween(floor.subtract(BigDecimal.ONE), BigDecimal.valueOf(10_000).add(BigDecimal.ONE));
  }

  @Property
  void nEqualFirmsGiveTenThousandOverN(@ForAll @IntRange(min = 1, max = 50) int n) {
    List<BigDecimal> equal = java.util.Collections.nCopies(n, new BigDecimal("123.45"));
    assertThat(Concentration.hhi(equal).orElseThrow())
        .isCloseTo(
            BigDecimal.valueOf(10_000.0 / n),
            org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
  }
}
