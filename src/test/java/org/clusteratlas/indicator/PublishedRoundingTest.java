package org.clusteratlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedRoundingTest {

  @ParameterizedTest
  @CsvSource({
    "3.85, 3.9",
    "3.849999, 3.8",
    "9.75, 9.8",
    "84.45, 84.5",
    "84.44, 84.4",
    "0.05, 0.1",
    "-0.05, -0.1",
    "-11.65, -11.7",
    "3.9, 3.9"
  })
  void one_decimal_rounds_half_up(BigDecimal value, BigDecimal rounded) {
    assertThat(PublishedRounding.oneDecimal(value)).isEqualTo(rounded);
  }

  @ParameterizedTest
  @CsvSource({"1792.5, 1793", "1792.49, 1792", "1793.4999, 1793", "-0.5, -1", "0.4, 0"})
  void whole_rounds_half_up(BigDecimal value, BigDecimal rounded) {
    assertThat(PublishedRounding.whole(value)).isEqualTo(rounded);
  }

  @Test
  void the_rounded_figure_has_exactly_the_published_scale() {
    assertThat(PublishedRounding.oneDecimal(new BigDecimal("4")).toPlainString()).isEqualTo("4.0");
    assertThat(PublishedRounding.whole(new BigDecimal("1.8E+3")).toPlainString()).isEqualTo("1800");
  }
}
