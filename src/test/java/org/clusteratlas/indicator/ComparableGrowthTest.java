package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComparableGrowthTest {

  @Test
  void growth_is_this_period_over_the_same_period_last_year_minus_one_in_percent() {
    assertThat(ComparableGrowth.percent(new BigDecimal("109.8"), new BigDecimal("100")))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("9.8"));
    assertThat(ComparableGrowth.percent(new BigDecimal("50"), new BigDecimal("200")))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("-75"));
  }

  @Test
  void the_nbs_example_of_2018_grows_16_5_percent_on_the_comparable_base_not_the_published_one() {
    // Jan–May 2018 profit 2,729.83 bn yuan; the published Jan–May 2017 figure was 2,904.76 bn, but
    // the comparable base (the 2018 frame's firms a year earlier) was about 2,343.2 bn
    assertThat(ComparableGrowth.percent(new BigDecimal("27298.3"), new BigDecimal("23432")))
        .hasValueSatisfying(
            g -> assertThat(PublishedRounding.oneDecimal(g)).isEqualByComparingTo("16.5"));
    assertThat(ComparableGrowth.percent(new BigDecimal("27298.3"), new BigDecimal("29047.6")))
        .hasValueSatisfying(g -> assertThat(g).isNegative());
  }

  @Test
  void growth_is_undefined_when_last_year_is_zero_negative_or_missing() {
    assertThat(ComparableGrowth.percent(BigDecimal.TEN, BigDecimal.ZERO)).isEmpty();
    assertThat(ComparableGrowth.percent(BigDecimal.TEN, new BigDecimal("-5"))).isEmpty();
    assertThat(ComparableGrowth.percent(BigDecimal.TEN, null)).isEmpty();
    assertThat(ComparableGrowth.percent(null, BigDecimal.TEN)).isEmpty();
  }

  @Test
  void a_growth_too_small_for_sixteen_digits_of_the_ratio_keeps_its_sign() {
    BigDecimal last = new BigDecimal("99999999999999.98");
    BigDecimal now = new BigDecimal("99999999999999.99");
    assertThat(ComparableGrowth.percent(now, last))
        .hasValueSatisfying(g -> assertThat(g.signum()).isEqualTo(1));
    assertThat(ComparableGrowth.percent(last, now))
        .hasValueSatisfying(g -> assertThat(g.signum()).isEqualTo(-1));
  }
}
