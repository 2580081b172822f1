package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProfitMarginTest {

  @Test
  void the_margin_is_profit_over_revenue_in_percent() {
    // 46 / 800 × 100 = 5.75
    assertThat(ProfitMargin.percent(new BigDecimal("46"), new BigDecimal("800")))
        .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("5.75"));
  }

  @Test
  void a_loss_gives_a_negative_margin() {
    assertThat(ProfitMargin.percent(new BigDecimal("-20"), new BigDecimal("300")).orElseThrow())
        .isEqualByComparingTo("-6.666666666666667");
  }

  @Test
  void no_revenue_or_a_missing_value_gives_no_margin() {
    assertThat(ProfitMargin.percent(new BigDecimal("5"), BigDecimal.ZERO)).isEmpty();
    assertThat(ProfitMargin.percent(null, new BigDecimal("5"))).isEmpty();
    assertThat(ProfitMargin.percent(new BigDecimal("5"), null)).isEmpty();
  }
}
