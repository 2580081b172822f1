package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompoundGrowthTest {

  @Test
  void ten_percent_a_year_for_three_years_turns_100_into_133_point_1() {
    assertThat(CompoundGrowth.percent(new BigDecimal("100"), new BigDecimal("133.1"), 3))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("10"));
  }

  @Test
  void halving_over_one_year_is_minus_50_and_falling_to_nothing_is_minus_100() {
    assertThat(CompoundGrowth.percent(new BigDecimal("80"), new BigDecimal("40"), 1).orElseThrow())
        .isEqualByComparingTo("-50");
    assertThat(CompoundGrowth.percent(new BigDecimal("80"), BigDecimal.ZERO, 3).orElseThrow())
        .isEqualByComparingTo("-100");
  }

  @Test
  void a_rate_that_is_not_a_round_number_has_sixteen_significant_digits() {
    // (2)^(1/3) = 1.259921049894873…
    assertThat(CompoundGrowth.percent(new BigDecimal("1"), new BigDecimal("2"), 3).orElseThrow())
        .isEqualTo(new BigDecimal("25.99210498948732"));
  }

  @Test
  void nothing_or_a_loss_at_the_start_or_a_missing_value_gives_no_rate() {
    assertThat(CompoundGrowth.percent(BigDecimal.ZERO, new BigDecimal("10"), 3)).isEmpty();
    assertThat(CompoundGrowth.percent(new BigDecimal("-1"), new BigDecimal("10"), 3)).isEmpty();
    assertThat(CompoundGrowth.percent(new BigDecimal("10"), new BigDecimal("-1"), 3)).isEmpty();
    assertThat(CompoundGrowth.percent(null, new BigDecimal("10"), 3)).isEmpty();
  }

  @Test
  void fewer_than_one_year_is_refused() {
    assertThatThrownBy(() -> CompoundGrowth.percent(BigDecimal.ONE, BigDecimal.TEN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
