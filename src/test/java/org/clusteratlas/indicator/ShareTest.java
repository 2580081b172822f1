package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void share_is_part_over_whole_in_percent() {
    assertThat(Share.percent(new BigDecimal("39000"), new BigDecimal("46208.53")))
        .hasValueSatisfying(
            s -> assertThat(PublishedRounding.oneDecimal(s)).isEqualByComparingTo("84.4"));
    assertThat(Share.percent(BigDecimal.ONE, new BigDecimal("3")))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("33.33333333333333"));
  }

  @Test
  void share_is_undefined_for_a_whole_of_zero_or_less_or_missing_data() {
    assertThat(Share.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
    assertThat(Share.percent(BigDecimal.ONE, new BigDecimal("-1"))).isEmpty();
    assertThat(Share.percent(null, BigDecimal.ONE)).isEmpty();
    assertThat(Share.percent(BigDecimal.ONE, null)).isEmpty();
  }
}
