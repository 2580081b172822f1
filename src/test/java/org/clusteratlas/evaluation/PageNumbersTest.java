package org.clusteratlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageNumbersTest {

  private final PageNumbers zh = new PageNumbers(Locale.SIMPLIFIED_CHINESE);

  @Test
  void scores_are_written_to_two_decimals_rounded_half_up() {
    assertThat(zh.two(new BigDecimal("66.645"))).isEqualTo("66.65");
    assertThat(zh.two(new BigDecimal("60"))).isEqualTo("60.00");
  }

  @Test
  void raw_values_keep_their_digits_up_to_four_decimals_with_grouped_thousands() {
    assertThat(zh.raw(new BigDecimal("1965.72441"))).isEqualTo("1,965.7244");
    assertThat(zh.raw(new BigDecimal("15.00"))).isEqualTo("15");
    assertThat(zh.raw(new BigDecimal("9.9779"))).isEqualTo("9.9779");
  }

  @Test
  void a_missing_value_and_no_stars_are_a_dash() {
    assertThat(zh.two(null)).isEqualTo("—");
    assertThat(zh.raw(null)).isEqualTo("—");
    assertThat(zh.stars(0)).isEqualTo("—");
    assertThat(zh.stars(4)).isEqualTo("★★★★");
  }
}
